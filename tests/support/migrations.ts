import path from "node:path";
// By path, not by package: jest's global setup loads this with Node's own resolution, before any build.
import { DEPARTMENT_REGISTRY, type SubgraphName } from "../../subgraphs/contract/src/departments";

const root = path.join(__dirname, "..", "..");

export type DepartmentName = SubgraphName;

/** Where each department's migrations live (every department of the registry, by convention). */
export const MIGRATIONS = Object.fromEntries(
  DEPARTMENT_REGISTRY.map((entry) => [entry.name, path.join(root, "subgraphs", entry.name, "prisma", "migrations")]),
) as Record<DepartmentName, string>;

/** The departments, in the registry's order. */
export const DEPARTMENT_NAMES: readonly DepartmentName[] = DEPARTMENT_REGISTRY.map((entry) => entry.name);
