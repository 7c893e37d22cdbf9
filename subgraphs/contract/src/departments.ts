import { REGISTRY } from "./registry.generated";

/** One row of `subgraphs/registry.json`: a department of the hub and where it runs. */
export type DepartmentEntry = (typeof REGISTRY)[number];
/** A department that runs a subgraph (the registry's rows). */
export type AgencyDepartment = DepartmentEntry["department"];
/** The short name of a department's subgraph: its folder under `subgraphs/`, its name in the supergraph. */
export type SubgraphName = DepartmentEntry["name"];

/** Callers from outside the hub's departments. */
const OUTSIDE = ["PARTNER", "PUBLIC"] as const;
/** Roles every department shares: partners, the public, and systems. */
const SHARED_ROLES = [
  "PARTNER_SYSTEM",
  "PUBLIC",
  /** The hub's own background workers (the centre's event consumer): read every department's event feed. */
  "HUB_SYSTEM",
  /** A department's own integration system: reads that department's event feed. */
  "DEPARTMENT_SYSTEM",
] as const;

type RolesOf<E> = E extends { roles: readonly (infer R)[] } ? R : never;

/** A list an enum can be built from: never empty, as the registry's validation ensures. */
function atLeastOne<T>(items: readonly T[]): readonly [T, ...T[]] {
  const [first, ...rest] = items;
  if (first === undefined) throw new Error("subgraphs/registry.json lists no department");
  return [first, ...rest];
}

export const DEPARTMENT_REGISTRY: readonly DepartmentEntry[] = REGISTRY;
export type Department = AgencyDepartment | (typeof OUTSIDE)[number];
export const DEPARTMENTS = atLeastOne<Department>([...REGISTRY.map((entry) => entry.department), ...OUTSIDE]);

export type Role = RolesOf<DepartmentEntry> | (typeof SHARED_ROLES)[number];
export const ROLES = atLeastOne<Role>([...REGISTRY.flatMap((entry): readonly Role[] => entry.roles), ...SHARED_ROLES]);

/** Each department's name in Chinese, as a clerk reads it. */
export const DEPARTMENT_ZH: Readonly<Record<Department, string>> = {
  ...(Object.fromEntries(REGISTRY.map((entry) => [entry.department, entry.zh])) as Record<AgencyDepartment, string>),
  PARTNER: "合作系统",
  PUBLIC: "公众",
};

const ROLE_SET = new Set<string>(ROLES);
const DEPARTMENT_SET = new Set<string>(DEPARTMENTS);
export const isRole = (value: unknown): value is Role => typeof value === "string" && ROLE_SET.has(value);
export const isDepartment = (value: unknown): value is Department => typeof value === "string" && DEPARTMENT_SET.has(value);

/** The registry row of `department`; throws for one that runs no subgraph (PARTNER, PUBLIC). */
export function departmentEntry(department: Department | SubgraphName): DepartmentEntry {
  const entry = REGISTRY.find((row) => row.department === department || row.name === department);
  if (!entry) throw new Error(`${department} runs no subgraph of the hub`);
  return entry;
}

/** The hub's own department (the centre): it receives disputes, alone holds the parties' personal data, and consumes every other feed. */
export function hubDepartment(): DepartmentEntry {
  const hub = DEPARTMENT_REGISTRY.find((row) => row.hub);
  if (!hub) throw new Error("subgraphs/registry.json names no hub department");
  return hub;
}
