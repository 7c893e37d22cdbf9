import {
  checkUuid,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  isDivisionCode,
  requiredText,
  requireRole,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { Mediator as MediatorRow, Prisma } from "../../generated/client";
import { requireBureauOver } from "../access";
import type { JusticeContext } from "../context";
import { isUniqueViolation } from "@hub/subgraph-kit";
import { checkAdult } from "./adult-check";
import { checkRosterChange, COMMITTEE_ROSTER_RULE as COMMITTEE_SIZE_RULE, MAX_COMMITTEE_MEMBERS } from "./committee-roster";
import { ExpertLibrary, MediatorKind, type Gender } from "./enums";
import type { RegisterMediatorInput } from "./register-mediator.input";

const MAX_NAME = 50;

const KIND_ZH: Record<MediatorKind, string> = { COMMITTEE_MEMBER: "委员", HIRED: "聘任调解员" };

export interface Registration {
  id: string;
  name: string;
  committeeId: string;
  kind: MediatorKind;
  libraries: ExpertLibrary[];
  trainedByDivisionCode: string | null;
  gender: Gender | null;
  ethnicity: string | null;
  birthDate: Date | null;
  adultAttested: boolean;
}

const ETHNICITY = /^[\u4e00-\u9fa5]{1,8}族$/;

function sameRegistration(row: MediatorRow, wanted: Registration): boolean {
  return (
    row.name === wanted.name &&
    row.committeeId === wanted.committeeId &&
    row.kind === wanted.kind &&
    row.trainedByDivisionCode === wanted.trainedByDivisionCode &&
    row.gender === wanted.gender &&
    row.ethnicity === wanted.ethnicity &&
    (row.birthDate?.getTime() ?? null) === (wanted.birthDate?.getTime() ?? null) &&
    row.adultAttested === wanted.adultAttested &&
    row.libraries.length === wanted.libraries.length &&
    wanted.libraries.every((library) => row.libraries.includes(library))
  );
}

function conflict(): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: "该编号已登记为另一人民调解员", en: "This id is already registered to another mediator" },
    { field: "input.id" },
  );
}

/** Checks one mediator's registration; `at` prefixes the fields named in errors (e.g. input.members.0). */
export function validateMediator(input: RegisterMediatorInput, now: Date, at = "input"): Registration {
  checkUuid(input.id, `${at}.id`);
  checkUuid(input.committeeId, `${at}.committeeId`);
  const name = requiredText(input.name, `${at}.name`, { zh: "调解员姓名", en: "The mediator's name" }, MAX_NAME);
  const trainedByDivisionCode = input.trainedByDivisionCode?.trim() || null;
  if (trainedByDivisionCode && !isDivisionCode(trainedByDivisionCode, ["CITY", "COUNTY"])) {
    throw invalidInput(`${at}.trainedByDivisionCode`, "人民调解法 art 14", {
      zh: `区划代码“${trainedByDivisionCode}”格式不正确：培训调解员的司法行政部门应为以15开头的4位（盟市）或6位（旗县区）代码`,
      en: `Division code "${trainedByDivisionCode}" is malformed: mediators are trained by a city (4 digits) or county (6 digits) justice bureau starting with 15`,
    });
  }
  const ethnicity = input.ethnicity?.trim() || null;
  if (ethnicity && !ETHNICITY.test(ethnicity)) {
    throw invalidInput(`${at}.ethnicity`, "民族名称", {
      zh: `民族“${ethnicity}”格式不正确，例如：蒙古族`,
      en: `Ethnicity "${ethnicity}" is malformed, e.g. 蒙古族`,
    });
  }
  const birthDate = checkAdult(input.birthDate, input.adultAttested, now, `${at}.birthDate`);
  // Stored in the enum's order, so a repeated registration compares equal however it lists them.
  const libraries = Object.values(ExpertLibrary).filter((library) => input.libraries.includes(library));
  return {
    id: input.id,
    name,
    committeeId: input.committeeId,
    kind: input.kind,
    libraries,
    trainedByDivisionCode,
    gender: input.gender ?? null,
    ethnicity,
    birthDate,
    adultAttested: birthDate === null,
  };
}

/**
 * 登记人民调解员. Idempotent by id. The committee's row is locked while its members are counted
 * and their roster checked (人民调解法 art 9: three to nine, women among them, smaller ethnic groups),
 * so two registrations racing for the ninth seat cannot both take it.
 */
export async function registerMediator(
  context: JusticeContext,
  input: RegisterMediatorInput,
  now: Date = context.now,
): Promise<MediatorRow> {
  requireRole(context, ["JUSTICE_OFFICER"], "registerMediator");
  const wanted = validateMediator(input, now);
  const committee = await context.loaders.committeeById.load(wanted.committeeId);
  if (!committee) {
    throw invalidInput("input.committeeId", "registered mediation committee", {
      zh: `人民调解委员会“${wanted.committeeId}”未登记`,
      en: `Mediation committee "${wanted.committeeId}" is not registered`,
    });
  }
  requireBureauOver(context, committee, "registerMediator");
  return runIdempotently(
    context.db,
    idempotencyClaim("registerMediator", context.actor, input, wanted.id),
    "input.idempotencyKey",
    (claimIn) => register(context, wanted, committee, now, claimIn),
    (id) => context.db.mediator.findUniqueOrThrow({ where: { id } }),
  );
}

async function register(
  context: JusticeContext,
  wanted: Registration,
  committee: { id: string; name: string; multiEthnicArea: boolean },
  now: Date,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<MediatorRow> {
  const existing = await context.db.mediator.findUnique({ where: { id: wanted.id } });
  if (existing) {
    if (!sameRegistration(existing, wanted)) throw conflict();
    await context.db.$transaction((tx) => claimIn(tx));
    return existing;
  }
  try {
    return await context.db.$transaction(async (tx) => {
      await claimIn(tx);
      await tx.$queryRaw`SELECT id FROM mediation_committee WHERE id = ${committee.id}::uuid FOR UPDATE`;
      if (wanted.kind === MediatorKind.COMMITTEE_MEMBER) {
        const roster = await tx.mediator.findMany({
          where: { committeeId: committee.id, kind: MediatorKind.COMMITTEE_MEMBER },
          select: { gender: true, ethnicity: true },
        });
        const members = roster.length;
        if (members >= MAX_COMMITTEE_MEMBERS) {
          throw new HubError(
            ErrorCode.REFUSED_BY_RULE,
            {
              zh: `“${committee.name}”已有${members}名委员；人民调解委员会由三至九名委员组成，可改为聘任调解员`,
              en: `"${committee.name}" already has ${members} members; a committee has three to nine members. Register the person as a hired mediator instead`,
            },
            { field: "input.kind", rule: COMMITTEE_SIZE_RULE, committeeId: committee.id, memberCount: members },
          );
        }
        checkRosterChange(committee.name, [...roster, wanted], committee.multiEthnicArea);
      }
      const created = await tx.mediator.create({
        data: { ...wanted, registeredAt: now, registeredById: context.actor.userId, registeredByName: context.actor.name },
      });
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "mediator.registered",
          disputeId: null,
          subjectType: "Mediator",
          subjectId: created.id,
          summary: `${committee.name}登记${KIND_ZH[created.kind]}${created.name}`,
          occurredAt: now,
          payload: { committeeId: committee.id, kind: created.kind, libraries: created.libraries },
        }),
      });
      return created;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent registration of the same id won the insert: answer as a retry would.
    const winner = await context.db.mediator.findUnique({ where: { id: wanted.id } });
    if (winner && sameRegistration(winner, wanted)) return winner;
    throw conflict();
  }
}
