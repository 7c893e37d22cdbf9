import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// Served by the gateway at /console/ (same origin as /graphql): everything is bundled, nothing loads from elsewhere.
export default defineConfig({
  base: "/console/",
  plugins: [react()],
  // The repository root also holds React 18 (the gateway's GraphiQL): Ant Design must use the console's React 19.
  // The SDK is bundled from its TypeScript source (its "hub-source" export), tree-shaken to the documents used.
  resolve: { dedupe: ["react", "react-dom"], conditions: ["hub-source", ...defaultClientConditions] },
  build: {
    outDir: "dist",
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    proxy: {
      "/graphql": "http://localhost:4000",
      "/console/config.json": "http://localhost:4000",
      "/console/local-sign-in": "http://localhost:4000",
    },
  },
});
