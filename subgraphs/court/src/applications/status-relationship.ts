import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { AgreementTermFacts } from "../mediation/confirmation-facts";

/**
 * Term subjects that confirm, annul or dissolve a status relationship: marriage, parentage,
 * adoption. What a term is about decides, not the dispute's category: a 彩礼 refund or a
 * post-divorce property division under a marriage dispute is a property term and can be confirmed.
 */
export const STATUS_RELATIONSHIP_SUBJECTS: ReadonlySet<string> = new Set(["STATUS_MARRIAGE", "STATUS_PARENTAGE", "STATUS_ADOPTION"]);

/** 民诉法解释 355(3): refused at filing rather than filed and then not accepted. */
export function checkNoStatusRelationship(terms: Pick<AgreementTermFacts, "position" | "subject">[]): void {
  const statusTerms = terms.filter((term) => term.subject && STATUS_RELATIONSHIP_SUBJECTS.has(term.subject));
  if (statusTerms.length === 0) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: `调解协议第${statusTerms.map((term) => term.position).join("、")}项请求确认或者解除婚姻、亲子、收养等身份关系，不适用司法确认程序`,
      en: `Term(s) ${statusTerms.map((term) => term.position).join(", ")} confirm, annul or dissolve a status relationship (marriage, parentage, adoption), which this procedure cannot confirm`,
    },
    {
      field: "input.mediationCaseId",
      rule: "民诉法解释 355(3)",
      notAcceptedGround: "STATUS_RELATIONSHIP",
      termPositions: statusTerms.map((term) => term.position),
    },
  );
}
