import { randomUUID } from "node:crypto";
import { GraphRequestError, type Actor } from "@hub/subgraph-kit";
import type { GraphReader } from "../src/graph";
import type { ConfirmationFacts } from "../src/mediation/confirmation-facts";

type Facts = ConfirmationFacts & { dispute: NonNullable<ConfirmationFacts["dispute"]> };

/**
 * Stands in for the gateway: answers `mediationCase(id)` from cases the test registered, and
 * NOT_FOUND for any other id, as the justice subgraph would.
 */
export class StubGraph implements GraphReader {
  readonly cases = new Map<string, Facts | Error>();
  readonly calls: { document: string; variables: Record<string, unknown>; actor: Actor }[] = [];

  async request<T>(document: string, variables: Record<string, unknown>, context: { actor: Actor; requestId: string }): Promise<T> {
    this.calls.push({ document, variables, actor: context.actor });
    const found = this.cases.get(String(variables.id));
    if (found instanceof Error) throw found;
    if (!found) throw new GraphRequestError([{ message: "未找到MediationCase / not found", extensions: { code: "NOT_FOUND" } }]);
    return { mediationCase: found } as T;
  }

  /** Registers a mediation case as justice would answer for it, with an agreement in effect since yesterday: one term due in 14 days. */
  add(overrides: Partial<Facts> & { countyCode?: string } = {}): MediationCaseOnGraph {
    const county = overrides.countyCode ?? "150202";
    const applicant = randomUUID();
    const respondent = randomUUID();
    const thirdParty = randomUUID();
    const facts: Facts = {
      id: randomUUID(),
      status: "AGREEMENT_REACHED",
      invitingCourtId: null,
      committee: { id: randomUUID(), divisionCode: `${county}001` },
      dispute: {
        id: randomUUID(),
        category: "TRAFFIC_ACCIDENT",
        placeCode: `${county}002`,
        amountFen: 800_000,
        parties: [
          { id: applicant, role: "APPLICANT", person: { addressDivision: { code: `${county}003` } } },
          { id: respondent, role: "RESPONDENT", person: { addressDivision: null } },
          { id: thirdParty, role: "THIRD_PARTY", person: null },
        ],
      },
      agreement: {
        id: randomUUID(),
        status: "EFFECTIVE",
        effectiveAt: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString(),
        partyIds: [applicant, respondent],
        terms: [
          { id: randomUUID(), position: 1, deadline: new Date(Date.now() + 14 * 24 * 60 * 60 * 1000).toISOString(), subject: "PAYMENT" },
        ],
      },
      ...overrides,
    };
    this.cases.set(facts.id, facts);
    return { facts, applicant, respondent, thirdParty };
  }
}

export interface MediationCaseOnGraph {
  facts: Facts;
  applicant: string;
  respondent: string;
  thirdParty: string;
}
