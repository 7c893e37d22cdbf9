import {
  checkUuid,
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  checkDivisionCode,
  invalidInput,
  isUniqueViolation,
  requiredText,
  requireRole,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { MediationCommittee as CommitteeRow, Prisma } from "../../generated/client";
import type { JusticeContext } from "../context";
import { COMMITTEE_ROSTER_RULE, rosterIssues } from "../mediators/committee-roster";
import { MediatorKind } from "../mediators/enums";
import { validateMediator, type Registration } from "../mediators/register-mediator";
import type { RegisterMediationCommitteeInput } from "./register-mediation-committee.input";

const MAX_NAME = 100;

/** A justice bureau registers committees in its own area (人民调解法 art 5: it guides people's mediation there). */
function requireBureauJurisdiction(context: JusticeContext, divisionCode: string, action: string): void {
  const own = context.actor.jurisdictionCode;
  if (own !== null && divisionCode.startsWith(own)) return;
  throw new HubError(
    ErrorCode.FORBIDDEN,
    {
      zh: `只能登记本辖区（${own ?? "无"}）内的人民调解委员会`,
      en: `You may register mediation committees only within your jurisdiction (${own ?? "none"})`,
    },
    { action, rule: "人民调解法 art 5" },
  );
}

function sameRegistration(row: CommitteeRow, name: string, divisionCode: string, multiEthnicArea: boolean): boolean {
  return row.name === name && row.divisionCode === divisionCode && row.multiEthnicArea === multiEthnicArea;
}

/**
 * The roster registered with the committee, if one is given: each member checked as any mediator
 * is (art 14), and together three to nine, women among them, and in a multi-ethnic area a member
 * of a smaller ethnic group (人民调解法 art 9).
 */
function checkRoster(input: RegisterMediationCommitteeInput, multiEthnicArea: boolean, now: Date): Registration[] | null {
  if (!input.members) return null;
  const members = input.members.map((member, i) =>
    validateMediator(
      { ...member, committeeId: input.id, kind: MediatorKind.COMMITTEE_MEMBER, libraries: member.libraries ?? [] },
      now,
      `input.members.${i}`,
    ),
  );
  members.forEach((member, i) => {
    if (members.findIndex((other) => other.id === member.id) !== i) {
      throw invalidInput(`input.members.${i}.id`, "each member once", { zh: "委员编号重复", en: "A member is listed twice" });
    }
  });
  const issues = rosterIssues(members, multiEthnicArea);
  if (issues.length) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "人民调解委员会由委员三至九人组成，应当有妇女成员，多民族居住的地区应当有人数较少民族的成员（人民调解法第九条）；所登记的委员名单不符合",
        en: `A committee has three to nine members, including women and, in a multi-ethnic area, members of the smaller ethnic groups (人民调解法 art 9); this roster lacks: ${issues.join(", ")}`,
      },
      { field: "input.members", rule: COMMITTEE_ROSTER_RULE, issues, memberCount: members.length },
    );
  }
  return members;
}

function conflict(): HubError {
  return new HubError(
    ErrorCode.CONFLICT,
    { zh: "该编号已登记为另一人民调解委员会", en: "This id is already registered to another mediation committee" },
    { field: "input.id" },
  );
}

/**
 * 登记人民调解委员会. Idempotent by id, even when two registrations arrive at once; an idempotency
 * key adds that the same key with another payload is a CONFLICT on the key.
 */
export async function registerMediationCommittee(context: JusticeContext, input: RegisterMediationCommitteeInput): Promise<CommitteeRow> {
  requireRole(context, ["JUSTICE_OFFICER"], "registerMediationCommittee");
  checkUuid(input.id, "input.id");
  const name = requiredText(input.name, "input.name", { zh: "调解委员会名称", en: "The committee's name" }, MAX_NAME);
  // Where a committee may sit: a county or a township.
  checkDivisionCode(input.divisionCode, "input.divisionCode", {
    levels: ["COUNTY", "TOWNSHIP"],
    rule: "GB/T 2260 / GB/T 10114 county or township code",
  });
  requireBureauJurisdiction(context, input.divisionCode, "registerMediationCommittee");
  const multiEthnicArea = input.multiEthnicArea ?? true;
  const members = checkRoster(input, multiEthnicArea, context.now);
  const { db } = context;
  return runIdempotently(
    db,
    idempotencyClaim("registerMediationCommittee", context.actor, input, input.id),
    "input.idempotencyKey",
    (claimIn) => register(context, input.id, name, input.divisionCode, multiEthnicArea, members, claimIn),
    (id) => db.mediationCommittee.findUniqueOrThrow({ where: { id } }),
  );
}

async function register(
  context: JusticeContext,
  id: string,
  name: string,
  divisionCode: string,
  multiEthnicArea: boolean,
  members: Registration[] | null,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<CommitteeRow> {
  const { db } = context;
  const existing = await db.mediationCommittee.findUnique({ where: { id } });
  if (existing) {
    if (!sameRegistration(existing, name, divisionCode, multiEthnicArea)) throw conflict();
    await db.$transaction((tx) => claimIn(tx));
    return existing;
  }
  try {
    const created = await db.$transaction(async (tx) => {
      await claimIn(tx);
      const committee = await tx.mediationCommittee.create({ data: { id, name, divisionCode, multiEthnicArea } });
      if (members?.length) {
        await tx.mediator.createMany({
          data: members.map((member) => ({
            ...member,
            registeredAt: context.now,
            registeredById: context.actor.userId,
            registeredByName: context.actor.name,
          })),
        });
      }
      await tx.eventLog.create({
        data: eventRow(context.actor, {
          type: "committee.registered",
          disputeId: null,
          subjectType: "MediationCommittee",
          subjectId: id,
          summary: `登记人民调解委员会${name}`,
          occurredAt: context.now,
          payload: { committeeId: id, divisionCode, multiEthnicArea, memberIds: members?.map((member) => member.id) ?? [] },
        }),
      });
      return committee;
    });
    context.log.info({ committeeId: created.id, divisionCode: created.divisionCode }, "mediation committee registered");
    return created;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A concurrent registration of the same id won the insert: answer as a retry would.
    const winner = await db.mediationCommittee.findUnique({ where: { id } });
    if (winner && sameRegistration(winner, name, divisionCode, multiEthnicArea)) return winner;
    throw conflict();
  }
}
