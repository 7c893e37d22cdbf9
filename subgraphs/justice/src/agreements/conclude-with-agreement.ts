import { randomUUID } from "node:crypto";
import {
  ErrorCode,
  eventRow,
  HubError,
  idempotencyClaim,
  invalidInput,
  optionalText,
  requiredText,
  runIdempotently,
} from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow, Prisma } from "../../generated/client";
import { commitCaseStep, loadCaseForStep, nextCaseStatus } from "../cases/case-step";
import { checkPartiesOf } from "../cases/party-check";
import type { JusticeContext } from "../context";
import { chinaDate } from "../dates";
import type { ConcludeWithAgreementInput } from "./conclude-with-agreement.input";
import type { AgreementInstalmentInput } from "./agreement-instalment.input";
import { AgreementForm, AgreementStatus, type AgreementTermSubject } from "./enums";

/** 人民调解法 art 29 says a written agreement "may" state these; the hub requires them, or 民诉法解释 358(5) defeats confirmation. */
export const AGREEMENT_CONTENTS_RULE = "人民调解法 art 29";
const MAX_TERMS = 50;

interface Term {
  position: number;
  obligorPartyId: string;
  obligeePartyId: string;
  obligation: string;
  manner: string;
  place: string | null;
  deadline: Date;
  subject: AgreementTermSubject;
  instalments: Instalment[];
}

interface Instalment {
  number: number;
  content: string;
  deadline: Date;
}

const MAX_INSTALMENTS = 120;

/** 分期履行: two instalments at least, each with its content and a deadline later than the one before. */
function checkInstalments(instalments: AgreementInstalmentInput[], at: string, i: number, acceptedAt: Date): Instalment[] {
  if (instalments.length === 0) return [];
  if (instalments.length < 2 || instalments.length > MAX_INSTALMENTS) {
    throw invalidInput(`${at}.instalments`, AGREEMENT_CONTENTS_RULE, {
      zh: `第${i + 1}项履行事项分期履行的，应当列明2至${MAX_INSTALMENTS}期`,
      en: `Term ${i + 1}: a term performed in instalments lists 2 to ${MAX_INSTALMENTS} of them`,
    });
  }
  return instalments.map((instalment, n) => {
    const field = `${at}.instalments.${n}`;
    const content = requiredText(
      instalment.content,
      `${field}.content`,
      { zh: `第${i + 1}项第${n + 1}期的履行内容`, en: `Term ${i + 1}, instalment ${n + 1}'s content` },
      500,
      AGREEMENT_CONTENTS_RULE,
    );
    const previous = instalments[n - 1];
    if (instalment.deadline < acceptedAt || (previous && instalment.deadline <= previous.deadline)) {
      throw invalidInput(`${field}.deadline`, AGREEMENT_CONTENTS_RULE, {
        zh: `第${i + 1}项第${n + 1}期的履行期限应晚于受理调解的时间和上一期的履行期限`,
        en: `Term ${i + 1}, instalment ${n + 1}'s deadline must be after the case was accepted and after the previous instalment's`,
      });
    }
    return { number: n + 1, content, deadline: instalment.deadline };
  });
}

function checkTerms(input: ConcludeWithAgreementInput, acceptedAt: Date): Term[] {
  if (input.terms.length === 0) {
    throw invalidInput("input.terms", AGREEMENT_CONTENTS_RULE, {
      zh: "调解协议应当载明至少一项履行事项",
      en: "The agreement must state at least one term",
    });
  }
  if (input.terms.length > MAX_TERMS) {
    throw invalidInput("input.terms", `max ${MAX_TERMS} terms`, {
      zh: `履行事项不能超过${MAX_TERMS}项`,
      en: `More than ${MAX_TERMS} terms`,
    });
  }
  const bound = new Set(input.partyIds);
  return input.terms.map((term, i) => {
    const at = `input.terms.${i}`;
    for (const [key, partyId] of [
      ["obligorPartyId", term.obligorPartyId],
      ["obligeePartyId", term.obligeePartyId],
    ] as const) {
      if (!bound.has(partyId)) {
        throw invalidInput(`${at}.${key}`, AGREEMENT_CONTENTS_RULE, {
          zh: `第${i + 1}项履行事项的当事人“${partyId}”不在本协议的当事人之列`,
          en: `Term ${i + 1} names party "${partyId}", who is not bound by the agreement`,
        });
      }
    }
    if (term.obligorPartyId === term.obligeePartyId) {
      throw invalidInput(`${at}.obligeePartyId`, AGREEMENT_CONTENTS_RULE, {
        zh: `第${i + 1}项履行事项的义务人与权利人不能是同一当事人`,
        en: `Term ${i + 1} has the same party on both sides`,
      });
    }
    const obligation = requiredText(
      term.obligation,
      `${at}.obligation`,
      { zh: `第${i + 1}项履行事项的内容`, en: `Term ${i + 1}'s obligation` },
      1000,
      AGREEMENT_CONTENTS_RULE,
    );
    const manner = requiredText(
      term.manner ?? "",
      `${at}.manner`,
      { zh: `第${i + 1}项履行事项的履行方式`, en: `Term ${i + 1}'s manner of performance` },
      500,
      AGREEMENT_CONTENTS_RULE,
    );
    const place = optionalText(
      term.place,
      `${at}.place`,
      { zh: `第${i + 1}项履行事项的履行地点`, en: `Term ${i + 1}'s place of performance` },
      200,
    );
    const instalments = checkInstalments(term.instalments ?? [], at, i, acceptedAt);
    const last = instalments.at(-1);
    if (last && term.deadline && term.deadline.getTime() !== last.deadline.getTime()) {
      throw invalidInput(`${at}.deadline`, AGREEMENT_CONTENTS_RULE, {
        zh: `第${i + 1}项履行事项分期履行的，履行期限为最后一期的履行期限（${chinaDate(last.deadline)}）`,
        en: `Term ${i + 1} is performed in instalments: its deadline is the last instalment's`,
      });
    }
    const deadline = last?.deadline ?? term.deadline;
    if (!deadline) {
      throw invalidInput(`${at}.deadline`, AGREEMENT_CONTENTS_RULE, {
        zh: `第${i + 1}项履行事项应当载明履行期限；内容不明确的调解协议，人民法院不予确认`,
        en: `Term ${i + 1} must state its deadline of performance; a court will not confirm an unclear agreement`,
      });
    }
    if (deadline < acceptedAt) {
      throw invalidInput(`${at}.deadline`, AGREEMENT_CONTENTS_RULE, {
        zh: `第${i + 1}项履行事项的履行期限早于受理调解的时间（${chinaDate(acceptedAt)}）`,
        en: `Term ${i + 1}'s deadline is before the case was accepted`,
      });
    }
    return {
      position: i + 1,
      obligorPartyId: term.obligorPartyId,
      obligeePartyId: term.obligeePartyId,
      obligation,
      manner,
      place,
      deadline,
      subject: term.subject,
      instalments,
    };
  });
}

/**
 * 达成调解协议. The agreement binds every applicant and respondent of the dispute (third parties as
 * they join) and states each term's manner and deadline of performance. An oral agreement takes
 * effect at once (art 30); a written one waits for signatures and the seal (art 29).
 */
export async function concludeWithAgreement(
  context: JusticeContext,
  input: ConcludeWithAgreementInput,
  now: Date = context.now,
): Promise<MediationCaseRow> {
  const agreementId = randomUUID();
  return runIdempotently(
    context.db,
    idempotencyClaim("concludeWithAgreement", context.actor, input, agreementId),
    "input.idempotencyKey",
    (claimIn) => conclude(context, input, now, agreementId, claimIn),
    async (id) => {
      const agreement = await context.db.mediationAgreement.findUniqueOrThrow({ where: { id }, select: { caseId: true } });
      return context.db.mediationCase.findUniqueOrThrow({ where: { id: agreement.caseId } });
    },
  );
}

async function conclude(
  context: JusticeContext,
  input: ConcludeWithAgreementInput,
  now: Date,
  agreementId: string,
  claimIn: (tx: Prisma.TransactionClient) => Promise<void>,
): Promise<MediationCaseRow> {
  const { row } = await loadCaseForStep(context, input.caseId, "concludeWithAgreement");
  nextCaseStatus(row, "REACH_AGREEMENT");
  const mediatorId = row.mediatorId;
  if (!mediatorId) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "调解协议须由调解员记录或签名，请先指定调解员或由当事人选定调解员",
        en: "The mediator records or signs the agreement; assign one, or record the one the parties chose, first",
      },
      { field: "input.caseId", rule: input.form === AgreementForm.ORAL ? "人民调解法 art 28" : AGREEMENT_CONTENTS_RULE },
    );
  }
  const what = (zh: string, en: string) => ({ zh, en });
  const facts = requiredText(input.facts, "input.facts", what("主要事实", "The main facts"), 5000, AGREEMENT_CONTENTS_RULE);
  const disputedPoints = requiredText(
    input.disputedPoints,
    "input.disputedPoints",
    what("争议事项", "The points in dispute"),
    2000,
    AGREEMENT_CONTENTS_RULE,
  );
  const responsibility = requiredText(
    input.responsibility,
    "input.responsibility",
    what("各方当事人的责任", "Each party's responsibility"),
    2000,
    AGREEMENT_CONTENTS_RULE,
  );
  if (input.partyIds.length === 0) {
    throw invalidInput("input.partyIds", AGREEMENT_CONTENTS_RULE, {
      zh: "请填写受协议约束的当事人",
      en: "Name the parties bound by the agreement",
    });
  }

  const parties = await context.graph.disputeParties(row.disputeId, "input.caseId");
  checkPartiesOf(parties, input.partyIds, "input.partyIds");
  const missing = parties.filter((party) => party.role !== "THIRD_PARTY" && !input.partyIds.includes(party.id)).map((party) => party.id);
  if (missing.length) {
    throw invalidInput(
      "input.partyIds",
      AGREEMENT_CONTENTS_RULE,
      { zh: "调解协议应当约束纠纷的全部申请人和被申请人", en: "The agreement must bind every applicant and respondent of the dispute" },
      { missingPartyIds: missing },
    );
  }
  const terms = checkTerms(input, row.acceptedAt);

  const oral = input.form === AgreementForm.ORAL;
  return commitCaseStep(
    context.db,
    row,
    "REACH_AGREEMENT",
    { closedAt: now, closedById: context.actor.userId, closedByName: context.actor.name },
    async (tx, updated) => {
      await tx.mediationAgreement.create({
        data: {
          id: agreementId,
          caseId: updated.id,
          form: input.form,
          status: oral ? AgreementStatus.EFFECTIVE : AgreementStatus.AWAITING_SIGNATURES,
          reachedAt: now,
          effectiveAt: oral ? now : null,
          partyIds: input.partyIds,
          facts,
          disputedPoints,
          responsibility,
          mediatorId,
          recordedById: context.actor.userId,
          recordedByName: context.actor.name,
          terms: {
            create: terms.map(({ instalments, ...term }) => ({
              id: randomUUID(),
              ...term,
              instalments: { create: instalments.map((instalment) => ({ id: randomUUID(), ...instalment })) },
            })),
          },
        },
      });
      const event = { disputeId: updated.disputeId, subjectType: "MediationAgreement", subjectId: agreementId, occurredAt: now };
      const events = [
        eventRow(context.actor, {
          ...event,
          type: "mediation.agreement_reached",
          summary: `达成${oral ? "口头" : "书面"}调解协议，共${terms.length}项履行事项，约束当事人${input.partyIds.length}人`,
          payload: {
            caseId: updated.id,
            agreementId,
            caseStatus: updated.status,
            status: oral ? AgreementStatus.EFFECTIVE : AgreementStatus.AWAITING_SIGNATURES,
            form: input.form,
            partyIds: input.partyIds,
            terms: terms.length,
            termSubjects: terms.map((term) => term.subject),
          },
        }),
      ];
      if (oral) {
        events.push(
          eventRow(context.actor, {
            ...event,
            type: "mediation.agreement_effective",
            summary: "口头调解协议自达成之日起生效（人民调解法第三十条）",
            payload: { caseId: updated.id, agreementId, status: AgreementStatus.EFFECTIVE, effectiveAt: now },
          }),
        );
      }
      return { result: updated, events };
    },
    claimIn,
  );
}
