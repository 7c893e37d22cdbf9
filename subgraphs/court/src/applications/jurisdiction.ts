import { ErrorCode, HubError } from "@hub/subgraph-kit";
import type { Court as CourtRow } from "../../generated/client";
import { withinIntermediateFirstInstance, type FirstInstanceRule } from "../config/first-instance";

export const JURISDICTION_RULE = "民事诉讼法 art 205";

/** What connects a dispute to a place under 民事诉讼法 art 205(2). */
export type ConnectingGround = "PARTY_DOMICILE" | "SUBJECT_MATTER" | "MEDIATION_ORGANISATION";

export interface ConnectingPoint {
  ground: ConnectingGround;
  /** A division code: the county (6 digits) or township (9 digits) */
  code: string;
}

export interface JurisdictionFacts {
  invitingCourtId: string | null;
  committee: { divisionCode: string };
  dispute: {
    placeCode: string;
    category: string;
    amountFen: number | null;
    parties: { id: string; person?: { addressDivision: { code: string } | null } | null }[];
  };
  /** The parties bound by the agreement: their domiciles connect */
  boundPartyIds: string[];
  /** 标的物所在地 where the application states one apart from the dispute's place */
  subjectMatterPlaceCode: string | null;
}

/**
 * The places that give a court jurisdiction: each bound party's domicile (the division of the
 * person's address as the centre stores it), where the subject matter is (the place the
 * application states, otherwise where the dispute arose) and where the mediation organisation sits.
 */
export function connectingPoints(facts: JurisdictionFacts): ConnectingPoint[] {
  const bound = new Set(facts.boundPartyIds.map((id) => id.toLowerCase()));
  const domiciles = facts.dispute.parties
    .filter((party) => bound.has(party.id.toLowerCase()))
    .flatMap((party) => (party.person?.addressDivision ? [party.person.addressDivision.code] : []));
  const points: ConnectingPoint[] = [
    ...domiciles.map((code): ConnectingPoint => ({ ground: "PARTY_DOMICILE", code })),
    { ground: "SUBJECT_MATTER", code: facts.subjectMatterPlaceCode ?? facts.dispute.placeCode },
    { ground: "MEDIATION_ORGANISATION", code: facts.committee.divisionCode },
  ];
  return points.filter((point) => point.code.length >= 6);
}

const countyOf = (code: string) => code.slice(0, 6);
const cityOf = (code: string) => code.slice(0, 4);
const unique = (codes: string[]) => [...new Set(codes)];

/**
 * 民事诉讼法 art 205: a mediation the court invited goes back to that court. Any other goes to the
 * basic court where a party is domiciled, where the subject matter is or where the mediation
 * organisation sits (art 205(2)); where the dispute falls within an intermediate court's
 * first-instance jurisdiction (`firstInstance`, configured with its source), to the intermediate
 * court of such a place, and then not to a basic court.
 */
export function checkJurisdiction(
  court: Pick<CourtRow, "id" | "name" | "level" | "divisionCode">,
  facts: JurisdictionFacts,
  firstInstance: FirstInstanceRule,
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
  const points = connectingPoints(facts);
  const intermediate = withinIntermediateFirstInstance(firstInstance, facts.dispute);
  const details = { connectingPoints: points, intermediateFirstInstance: intermediate, firstInstanceBasis: firstInstance.basis };

  if (intermediate) {
    const cities = unique(points.map((point) => cityOf(point.code)));
    if (court.level === "INTERMEDIATE" && cities.includes(court.divisionCode)) return;
    throw new HubError(
      ErrorCode.REFUSED_BY_RULE,
      {
        zh: `该纠纷属于中级人民法院管辖的第一审案件，应向当事人住所地、标的物所在地或调解组织所在地（${cities.join("、")}）的中级人民法院申请，${court.name}无管辖权`,
        en: `The dispute is within an intermediate court's first-instance jurisdiction: apply to the intermediate court of a party's domicile, the subject matter or the mediation organisation (${cities.join(", ")})`,
      },
      { field: "input.courtId", rule: `${JURISDICTION_RULE}(2)`, competentCities: cities, ...details },
    );
  }
  const counties = unique(points.map((point) => countyOf(point.code)));
  if (court.level === "BASIC" && counties.includes(court.divisionCode)) return;
  throw new HubError(
    ErrorCode.REFUSED_BY_RULE,
    court.level === "BASIC"
      ? {
          zh: `${court.name}对该调解协议无管辖权：应向当事人住所地、标的物所在地或调解组织所在地（${counties.join("、")}）的基层人民法院申请`,
          en: `This court has no jurisdiction: apply to the basic court where a party is domiciled, the subject matter is or the mediation organisation sits (${counties.join(", ")})`,
        }
      : {
          zh: `该纠纷不属于中级人民法院管辖的第一审案件，应向当事人住所地、标的物所在地或调解组织所在地（${counties.join("、")}）的基层人民法院申请`,
          en: `The dispute is not within an intermediate court's first-instance jurisdiction: apply to the basic court of a party's domicile, the subject matter or the mediation organisation (${counties.join(", ")})`,
        },
    { field: "input.courtId", rule: `${JURISDICTION_RULE}(2)`, competentCounties: counties, ...details },
  );
}
