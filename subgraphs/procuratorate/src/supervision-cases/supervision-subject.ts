import { checkUuid, ErrorCode, HubError, invalidInput } from "@hub/subgraph-kit";
import type { ProcuratorateContext } from "../context";
import type { SupervisionLeadKind } from "./enums";
import type { OpenSupervisionCaseInput } from "./open-supervision-case.input";

export const PARTY_APPLICATION_RULE = "民事诉讼法 art 220";

/** What a case supervises and, for a party's application, who applied. */
export interface SupervisionSubject {
  subjectKind: SupervisionLeadKind | null;
  subjectId: string | null;
  applicantPartyId: string | null;
}

/**
 * The act a case opened on a dispute supervises, checked through the graph: it must exist, be a
 * ruling already made (民事诉讼法 art 219) or an agreement, and belong to the dispute. A party's
 * application (民事诉讼法 art 220) names the ruling and the applying party, and a party applies
 * against a ruling once only.
 */
export async function checkSubject(context: ProcuratorateContext, input: OpenSupervisionCaseInput): Promise<SupervisionSubject> {
  const kind = input.subjectKind ?? null;
  const id = input.subjectId?.trim() || null;
  const applicant = input.applicantPartyId?.trim() || null;
  if ((kind === null) !== (id === null)) {
    throw invalidInput(kind === null ? "input.subjectKind" : "input.subjectId", "subjectKind and subjectId go together", {
      zh: "监督对象的类型与编号须同时填写",
      en: "Give both the kind and the id of the act supervised",
    });
  }
  if (input.grounds === "PARTY_APPLICATION") {
    if (kind !== "CONFIRMATION_RULING" || id === null) {
      throw new HubError(
        ErrorCode.REFUSED_BY_RULE,
        {
          zh: "当事人申请监督须指明所针对的生效裁定",
          en: "A party's application for supervision names the effective ruling it is against",
        },
        { field: "input.subjectKind", rule: PARTY_APPLICATION_RULE },
      );
    }
    if (applicant === null) {
      throw invalidInput("input.applicantPartyId", PARTY_APPLICATION_RULE, {
        zh: "请填写申请监督的当事人",
        en: "Name the party who applies",
      });
    }
    checkUuid(applicant, "input.applicantPartyId");
  } else if (applicant !== null) {
    throw invalidInput("input.applicantPartyId", "only for PARTY_APPLICATION", {
      zh: "依职权监督没有申请人",
      en: "An own-motion case has no applicant",
    });
  }
  if (kind === null || id === null) return { subjectKind: null, subjectId: null, applicantPartyId: null };
  checkUuid(id, "input.subjectId");
  const lead = await context.graph.lead(kind, id, "input.subjectId");
  if (kind === "CONFIRMATION_RULING" && lead.occurredAt === null) {
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: "该司法确认申请尚未作出裁定，暂无可监督的裁定",
        en: "The court has not ruled on this application yet; there is no ruling to supervise",
      },
      { field: "input.subjectId", rule: "民事诉讼法 art 219: 对已经发生法律效力的裁定" },
    );
  }
  if (lead.disputeId !== input.disputeId) {
    throw invalidInput("input.subjectId", "belongs to the dispute", {
      zh: "监督对象不属于该纠纷",
      en: "The act supervised does not belong to this dispute",
    });
  }
  if (input.grounds === "PARTY_APPLICATION" && applicant !== null) await checkFirstApplication(context, id, applicant);
  return { subjectKind: kind, subjectId: id, applicantPartyId: applicant };
}

/** 民事诉讼法 art 220: 当事人申请检察建议或者抗诉，以一次为限. */
async function checkFirstApplication(context: ProcuratorateContext, subjectId: string, applicantPartyId: string): Promise<void> {
  const earlier = await context.db.supervisionCase.findFirst({
    where: { grounds: "PARTY_APPLICATION", subjectId, applicantPartyId },
    select: { id: true },
  });
  if (earlier) throw secondApplication(earlier.id);
}

export function secondApplication(earlierCaseId: string | null): HubError {
  return new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: "当事人对同一裁定申请检察建议或者抗诉以一次为限，该当事人已申请过",
      en: "A party applies for supervision of a ruling once only; this party already has",
    },
    { field: "input.applicantPartyId", rule: PARTY_APPLICATION_RULE, ...(earlierCaseId ? { earlierCaseId } : {}) },
  );
}
