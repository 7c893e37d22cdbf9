/**
 * `npm run bench [-- name…]`: runs every tests/bench/*.bench.ts (or those whose file name contains
 * one of the names), one after another, each in its own process so that one bench's database and
 * memory do not weigh on the next. Stops at the first that fails.
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";

const filters = process.argv.slice(2);
const benches = readdirSync(__dirname)
  .filter((file) => file.endsWith(".bench.ts"))
  .filter((file) => !filters.length || filters.some((name) => file.includes(name)))
  .sort();
if (!benches.length) {
  console.error(`no bench matches ${filters.join(", ")}`);
  process.exit(1);
}
for (const file of benches) {
  console.log(`\n=== ${file} ===`);
  const started = Date.now();
  const run = spawnSync(process.execPath, ["--conditions=hub-source", "-r", "@swc-node/register", path.join(__dirname, file)], {
    stdio: "inherit",
    env: process.env,
  });
  console.log(`=== ${file}: ${run.status === 0 ? "done" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s ===`);
  if (run.status !== 0) process.exit(run.status ?? 1);
}
