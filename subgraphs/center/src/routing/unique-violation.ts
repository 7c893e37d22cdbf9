import { Prisma } from "../../generated/client";

/** True when PostgreSQL refused a write because it would break a unique index. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
