import { randomUUID } from "node:crypto";
import { GraphRequestError } from "@hub/subgraph-kit";
import type { GraphReader } from "../src/graph/graph-reader";
import { UNKNOWN_ID } from "./fixtures";

interface Act {
  disputeId: string;
  placeCode: string;
  /** When the ruling was made or the agreement reached; null for an application not yet ruled. */
  at: string | null;
}

/**
 * Stands in for the gateway on the reads of a ruling (`confirmationApplication`) or an agreement
 * (`mediationAgreement`), as the court and justice would answer them; NOT_FOUND for any other id.
 * The centre shows every dispute but UNKNOWN_ID (unknown or out of scope alike) as one of 东河区.
 */
export class LeadGraph implements GraphReader {
  readonly rulings = new Map<string, Act>();
  readonly agreements = new Map<string, Act>();

  async request<T>(document: string, variables: Record<string, unknown>): Promise<T> {
    const id = String(variables.id);
    if (document.includes("ProcuratorateDisputeInScope")) {
      return { dispute: id === UNKNOWN_ID ? null : { id, placeCode: "150202001" } } as T;
    }
    if (document.includes("confirmationApplication(")) {
      const ruling = this.rulings.get(id);
      if (!ruling) throw notFound();
      return { lead: { id, ruledAt: ruling.at, dispute: { id: ruling.disputeId, placeCode: ruling.placeCode } } } as T;
    }
    if (document.includes("mediationAgreement(")) {
      const agreement = this.agreements.get(id);
      if (!agreement) throw notFound();
      const dispute = { id: agreement.disputeId, placeCode: agreement.placeCode };
      return { lead: { id, reachedAt: agreement.at, mediationCase: { dispute } } } as T;
    }
    throw new Error(`the stub graph does not answer ${document.slice(0, 80)}`);
  }

  /** A ruling made on `disputeId` (or, with `ruledAt: null`, an application not yet ruled). */
  addRuling(disputeId: string, ruledAt: string | null = new Date().toISOString(), placeCode = "150202001"): string {
    const id = randomUUID();
    this.rulings.set(id, { disputeId, placeCode, at: ruledAt });
    return id;
  }

  addAgreement(disputeId: string, placeCode = "150202001"): string {
    const id = randomUUID();
    this.agreements.set(id, { disputeId, placeCode, at: new Date().toISOString() });
    return id;
  }
}

const notFound = () => new GraphRequestError([{ message: "未找到 / not found", extensions: { code: "NOT_FOUND" } }]);
