// Authors a migration for one department from the change to its Prisma schema since the last
// commit: `DATABASE_URL=<any reachable PostgreSQL> node scripts/new-migration.mjs <department> <name>`
// (the hub's own, while `npm start` runs, will do: Prisma's JavaScript schema engine connects
// even to diff two data models). Review the SQL, and add what Prisma cannot express, such as
// partial indexes or triggers, before committing it.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [department, name] = process.argv.slice(2);
if (!department || !/^[a-z_]+$/.test(name ?? "")) {
  console.error("usage: node scripts/new-migration.mjs <center|justice|court|procuratorate> <snake_case_name>");
  process.exit(2);
}
if (!process.env.DATABASE_URL) {
  console.error(
    "Set DATABASE_URL to any reachable PostgreSQL, e.g. postgresql://hub:hub-local@127.0.0.1:54329/hub_center while `npm start` runs.",
  );
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const subgraph = path.join(root, "subgraphs", department);
const schema = `subgraphs/${department}/prisma/schema.prisma`;
const previous = path.join(mkdtempSync(path.join(tmpdir(), "hub-migration-")), "schema.prisma");
writeFileSync(previous, execFileSync("git", ["show", `HEAD:${schema}`], { cwd: root }));

const sql = execFileSync(
  "npx",
  ["prisma", "migrate", "diff", "--from-schema-datamodel", previous, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  {
    cwd: subgraph,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "inherit"],
  },
);
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join(subgraph, "prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql.replace(/^Loaded Prisma config.*\n/m, ""));
console.log(`wrote ${path.relative(root, dir)}/migration.sql`);
