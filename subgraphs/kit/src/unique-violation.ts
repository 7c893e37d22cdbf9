/**
 * The columns (or index name) of the unique constraint a failed write violated, or null when the
 * error is something else. Through the pg driver adapter, Prisma (P2002) reports them under
 * `meta.driverAdapterError`, not `meta.target`.
 */
export function uniqueViolationColumns(error: unknown): string[] | null {
  if (typeof error !== "object" || error === null || (error as { code?: unknown }).code !== "P2002") return null;
  const meta = (error as { meta?: unknown }).meta as
    { target?: string[] | string; driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } } } | undefined;
  const constraint = meta?.driverAdapterError?.cause?.constraint;
  if (constraint?.fields) return constraint.fields;
  if (constraint?.index) return [constraint.index];
  if (Array.isArray(meta?.target)) return meta.target;
  return typeof meta?.target === "string" ? [meta.target] : [];
}

/** True when PostgreSQL refused a write because it would break a unique index. */
export function isUniqueViolation(error: unknown): boolean {
  return uniqueViolationColumns(error) !== null;
}
