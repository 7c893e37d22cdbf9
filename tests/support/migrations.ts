import path from "node:path";

const root = path.join(__dirname, "..", "..");

/** Where each department's migrations live. */
export const MIGRATIONS = {
  center: path.join(root, "subgraphs", "center", "prisma", "migrations"),
  justice: path.join(root, "subgraphs", "justice", "prisma", "migrations"),
  court: path.join(root, "subgraphs", "court", "prisma", "migrations"),
  procuratorate: path.join(root, "subgraphs", "procuratorate", "prisma", "migrations"),
} as const;

export type DepartmentName = keyof typeof MIGRATIONS;
