import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

// `prisma generate` only needs a syntactically valid URL; it never connects.
process.env.DATABASE_URL ??= "postgresql://hub@localhost:5432/placeholder";

// The CLI reaches PostgreSQL through the JavaScript driver adapter, so no native
// engine is ever downloaded. At run time the kit's migration runner applies migrations.
export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    return new PrismaPg({ connectionString: process.env.DATABASE_URL });
  },
});
