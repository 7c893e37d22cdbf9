// Writes the SQL data migration that seeds the division tree from data/admin-divisions/*.csv.
// Usage: node scripts/divisions-migration.mjs > prisma/migrations/<name>/migration.sql
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), "..", "data", "admin-divisions");

function rows(file) {
  const [header, ...lines] = readFileSync(path.join(dir, file), "utf8").trim().split(/\r?\n/);
  const columns = header.split(",");
  return lines.map((line) => {
    const cells = line.split(",").map((cell) => cell.replace(/^"|"$/g, ""));
    return Object.fromEntries(columns.map((column, index) => [column, cells[index]]));
  });
}

const quote = (text) => `'${text.replaceAll("'", "''")}'`;
const values = [["15", "内蒙古自治区", 1, null]];
for (const city of rows("cities.csv")) values.push([city.code, city.name, 2, "15"]);
for (const area of rows("areas.csv")) values.push([area.code, area.name, 3, area.cityCode]);
for (const street of rows("streets.csv")) values.push([street.code, street.name, 4, street.areaCode]);

const lines = values.map(
  ([code, name, level, parent]) => `  (${quote(code)}, ${quote(name)}, ${level}, ${parent ? quote(parent) : "NULL"})`,
);
process.stdout.write(
  `-- Inner Mongolia division tree, NBS snapshot of 2022-10-31 (see data/admin-divisions/README.md)\n` +
    `INSERT INTO "division" ("code", "name", "level", "parent_code") VALUES\n${lines.join(",\n")};\n`,
);
