import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// Served by the gateway at /intake/ (same origin as /graphql): everything is bundled, nothing loads from elsewhere.
export default defineConfig({
  base: "/intake/",
  plugins: [react()],
  // The repository root also holds React 18 (the gateway's GraphiQL): this page uses its own React 19.
  resolve: { dedupe: ["react", "react-dom"], conditions: ["hub-source", ...defaultClientConditions] },
  build: { outDir: "dist", sourcemap: false },
  server: { proxy: { "/graphql": "http://localhost:4000" } },
});
