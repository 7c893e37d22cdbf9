import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { Court as CourtRow } from "../../generated/client";
import type { ConfirmationFacts } from "../mediation/confirmation-facts";

export const JURISDICTION_RULE = "民事诉讼法 art 205";

const countyOf = (code: string | null | undefined) => (code && code.length >= 6 ? code.slice(0, 6) : null);

/**
 * 民事诉讼法 art 205 (民诉法解释 351-352): a mediation the court invited goes back to that court;
 * any other goes to the basic court of the county where the mediation organisation sits or where
 * the dispute arose, or to the intermediate court of that city where the dispute is of its level.
 * The dispute's place stands in for the parties' domicile and the subject matter, which the hub
 * does not hold apart.
 */
export function checkJurisdiction(
  court: Pick<CourtRow, "id" | "name" | "level" | "divisionCode">,
  facts: Pick<ConfirmationFacts, "invitingCourtId" | "committee"> & { dispute: { placeCode: string } },
): void {
  if (facts.invitingCourtId) {
    if (facts.invitingCourtId === court.id) return;
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: `该调解由人民法院委派或邀请，应向邀请调解的人民法院申请司法确认，${court.name}无管辖权`,
        en: "The mediation was invited by a court; only the inviting court may confirm the agreement",
      },
      { field: "input.courtId", rule: JURISDICTION_RULE, invitingCourtId: facts.invitingCourtId },
    );
  }
  const counties = [countyOf(facts.committee.divisionCode), countyOf(facts.dispute.placeCode)].filter((code): code is string => !!code);
  const competent =
    (court.level === "BASIC" && counties.includes(court.divisionCode)) ||
    (court.level === "INTERMEDIATE" &&
      court.divisionCode.length === 4 &&
      [facts.committee.divisionCode, facts.dispute.placeCode].some((code) => code.startsWith(court.divisionCode)));
  if (competent) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    {
      zh: `${court.name}对该调解协议无管辖权：应向调解组织所在地或纠纷发生地（${[...new Set(counties)].join("、")}）的基层人民法院申请`,
      en: `This court has no jurisdiction: apply to the basic court where the mediation organisation sits or the dispute arose (${[...new Set(counties)].join(", ")})`,
    },
    { field: "input.courtId", rule: JURISDICTION_RULE, competentCounties: [...new Set(counties)] },
  );
}
