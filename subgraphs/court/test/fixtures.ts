import { randomInt, randomUUID } from "node:crypto";
import type { Court, CourtLevel } from "../generated/client";
import type { CourtDb } from "../src/db";

/**
 * A court code no court holds yet, drawn from 内90-内99 / 内9000-内9999, which no real court
 * uses, so tests running side by side never take a code another test registers on purpose.
 */
export async function freeCaseCode(db: CourtDb, level: Exclude<CourtLevel, "HIGH">): Promise<string> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const code = level === "BASIC" ? `内9${String(randomInt(1000)).padStart(3, "0")}` : `内9${randomInt(10)}`;
    if (!(await db.court.findUnique({ where: { caseCode: code } }))) return code;
  }
  throw new Error(`No free ${level} court code left for tests`);
}

/** A well-formed city-level code (1590-1599) that no real league or city has. */
export function testCity(): string {
  return `15${randomInt(90, 100)}`;
}

/** Registers a court straight in the database with a free court code. */
export async function seedCourt(
  db: CourtDb,
  overrides: { level?: Exclude<CourtLevel, "HIGH">; divisionCode?: string; name?: string } = {},
): Promise<Court> {
  const level = overrides.level ?? "BASIC";
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.court.create({
        data: {
          id: randomUUID(),
          name: overrides.name ?? `测试区人民法院-${randomUUID().slice(0, 6)}`,
          level,
          caseCode: await freeCaseCode(db, level),
          divisionCode: overrides.divisionCode ?? (level === "BASIC" ? "150202" : "1502"),
        },
      });
    } catch (error) {
      if (attempt >= 5) throw error;
    }
  }
}

/** An application written straight to the database, e.g. with a chosen filing time or status. */
export async function seedApplication(
  db: CourtDb,
  data: {
    courtId: string;
    disputeId?: string;
    mediationCaseId?: string;
    filedAt?: Date;
    status?: "FILED" | "WITHDRAWN" | "REJECTED" | "NOT_ACCEPTED" | "ACCEPTED" | "UNDER_REVIEW" | "CONFIRMED_VALID";
  },
) {
  return db.confirmationApplication.create({
    data: {
      id: randomUUID(),
      disputeId: data.disputeId ?? randomUUID(),
      mediationCaseId: data.mediationCaseId ?? randomUUID(),
      courtId: data.courtId,
      status: data.status ?? "FILED",
      filedAt: data.filedAt ?? new Date(),
      filedById: "user-seed",
      filedByName: "陈书记员",
      notAcceptedGround: data.status === "NOT_ACCEPTED" ? "OTHER_SPECIAL_PROCEDURE" : null,
      rulingOutcome: data.status === "REJECTED" ? "REJECTED" : data.status === "CONFIRMED_VALID" ? "VALID" : null,
      rejectionGround: data.status === "REJECTED" ? "UNCLEAR_CONTENT" : null,
    },
  });
}
