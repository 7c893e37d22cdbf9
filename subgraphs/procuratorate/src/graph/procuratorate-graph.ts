import { fromGraph, GraphRequestError, isOutOfScope, outOfScope, type HubContext } from "@hub/subgraph-kit";
import DataLoader from "dataloader";
import {
  AGREEMENT_LEAD,
  CONFIRMATION_LEAD,
  DISPUTE_IN_SCOPE,
  DISPUTES_BY_IDS,
  DISPUTES_PAGE,
  DISPUTES_PAGE_SIZE,
  KEYS_PER_REQUEST,
  PEERS_PAGE,
  PEERS_PAGE_SIZE,
} from "./documents";
import type { GraphReader } from "./graph-reader";
import {
  toPeerDispute,
  toScreenedDispute,
  type PeerDispute,
  type RawPeerDispute,
  type RawScreenedDispute,
  type ScreenedDispute,
} from "./screened-dispute";

export type LeadKind = "CONFIRMATION_RULING" | "MEDIATION_AGREEMENT";

export interface LeadTarget {
  disputeId: string;
  placeCode: string;
  /** When the ruling was made or the agreement reached; null for an application not yet ruled. */
  occurredAt: Date | null;
}

export interface DisputeScan {
  disputes: ScreenedDispute[];
  /** More disputes matched than the scan may read. */
  truncated: boolean;
}

interface Page<R> {
  disputes: { nodes: R[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

/**
 * Other departments' data, read through the gateway as the acting prosecutor, for one request:
 * disputes by key in one round trip per tick, pages of a jurisdiction's disputes, and one
 * county's baseline at most once per request.
 */
export class ProcuratorateGraph {
  private readonly disputeLoader: DataLoader<string, ScreenedDispute | null>;
  private readonly peers = new Map<string, Promise<PeerDispute[]>>();

  constructor(
    private readonly reader: GraphReader,
    private readonly context: Pick<HubContext, "actor" | "requestId">,
  ) {
    this.disputeLoader = new DataLoader((ids) => this.loadDisputes(ids), { maxBatchSize: KEYS_PER_REQUEST });
  }

  /**
   * The dispute as the three departments know it. One the centre does not show this prosecutor,
   * unknown or outside their scope alike, is refused as the centre refuses it, naming `field`.
   */
  async dispute(id: string, field: string): Promise<ScreenedDispute> {
    let found: ScreenedDispute | null;
    try {
      found = await this.disputeLoader.load(id);
    } catch (error) {
      throw fromGraph(error, {});
    }
    if (!found) throw outOfScope("Dispute", id, { field });
    return found;
  }

  /**
   * Only whether the centre shows this prosecutor the dispute (one light read, no other
   * department asked): unknown and out of scope alike are refused as the centre refuses them.
   */
  async disputeInScope(id: string, field: string): Promise<{ id: string; placeCode: string }> {
    let answer: { dispute: { id: string; placeCode: string } | null };
    try {
      answer = await this.reader.request(DISPUTE_IN_SCOPE, { id }, this.context);
    } catch (error) {
      if (error instanceof GraphRequestError && error.errors.length > 0 && error.errors.every(isOutOfScope)) {
        throw outOfScope("Dispute", id, { field });
      }
      throw fromGraph(error, {});
    }
    if (!answer.dispute) throw outOfScope("Dispute", id, { field });
    return answer.dispute;
  }

  /** Seeds the per-request cache with disputes read by a scan. */
  prime(disputes: readonly ScreenedDispute[]): void {
    for (const dispute of disputes) this.disputeLoader.prime(dispute.id, dispute);
  }

  /** A jurisdiction's disputes received since `from`, newest first, at most `max` of them. */
  async scan(placeCode: string, from: Date, max: number): Promise<DisputeScan> {
    const { rows, truncated } = await this.pages<RawScreenedDispute>(DISPUTES_PAGE, DISPUTES_PAGE_SIZE, placeCode, from, max);
    const disputes = rows.map(toScreenedDispute);
    this.prime(disputes);
    return { disputes, truncated };
  }

  /** The county's disputes received since `from` (the amount baseline and repeat-use rules), read once per request. */
  countyPeers(countyCode: string, from: Date, max: number): Promise<PeerDispute[]> {
    const key = `${countyCode}|${from.toISOString()}|${max}`;
    let pending = this.peers.get(key);
    if (!pending) {
      pending = this.pages<RawPeerDispute>(PEERS_PAGE, PEERS_PAGE_SIZE, countyCode, from, max).then(({ rows }) => rows.map(toPeerDispute));
      pending.catch(() => this.peers.delete(key));
      this.peers.set(key, pending);
    }
    return pending;
  }

  /**
   * The dispute a ruling or an agreement belongs to. A lead the owning department does not show
   * this prosecutor (unknown or outside their scope alike) is its refusal, naming `field`.
   */
  async lead(kind: LeadKind, id: string, field: string): Promise<LeadTarget> {
    try {
      if (kind === "CONFIRMATION_RULING") {
        const { lead } = await this.reader.request<{ lead: { ruledAt: string | null; dispute: { id: string; placeCode: string } | null } }>(
          CONFIRMATION_LEAD,
          { id },
          this.context,
        );
        if (!lead.dispute) throw new GraphRequestError([{ message: "the dispute could not be read", extensions: { code: "UPSTREAM" } }]);
        return { disputeId: lead.dispute.id, placeCode: lead.dispute.placeCode, occurredAt: lead.ruledAt ? new Date(lead.ruledAt) : null };
      }
      const { lead } = await this.reader.request<{
        lead: { reachedAt: string; mediationCase: { dispute: { id: string; placeCode: string } | null } };
      }>(AGREEMENT_LEAD, { id }, this.context);
      const dispute = lead.mediationCase.dispute;
      if (!dispute) throw new GraphRequestError([{ message: "the dispute could not be read", extensions: { code: "UPSTREAM" } }]);
      return { disputeId: dispute.id, placeCode: dispute.placeCode, occurredAt: new Date(lead.reachedAt) };
    } catch (error) {
      throw fromGraph(error, { lead: field });
    }
  }

  /** One request for a batch of keys; a key the centre refuses (unknown or out of scope) is null, not the batch's failure. */
  private async loadDisputes(ids: readonly string[]): Promise<(ScreenedDispute | null)[]> {
    type Answer = { disputesForScreening: (RawScreenedDispute | null)[] };
    let answer: Answer;
    try {
      answer = await this.reader.request<Answer>(DISPUTES_BY_IDS, { ids }, this.context);
    } catch (error) {
      const partial = error instanceof GraphRequestError && error.errors.every(isOutOfScope) ? (error.data as Answer | null) : null;
      if (!partial?.disputesForScreening) throw error;
      answer = partial;
    }
    const { disputesForScreening } = answer;
    return ids.map((_id, i) => {
      const raw = disputesForScreening[i];
      return raw ? toScreenedDispute(raw) : null;
    });
  }

  private async pages<R>(
    document: string,
    pageSize: number,
    placeCode: string,
    from: Date,
    max: number,
  ): Promise<{ rows: R[]; truncated: boolean }> {
    const rows: R[] = [];
    let after: string | null = null;
    for (;;) {
      let data: Page<R>;
      try {
        data = await this.reader.request<Page<R>>(
          document,
          { first: Math.min(pageSize, max - rows.length), after, filter: { placeCode, receivedFrom: from.toISOString() } },
          this.context,
        );
      } catch (error) {
        throw fromGraph(error, {});
      }
      rows.push(...data.disputes.nodes);
      const more = data.disputes.pageInfo.hasNextPage;
      if (!more) return { rows, truncated: false };
      if (rows.length >= max) return { rows, truncated: true };
      after = data.disputes.pageInfo.endCursor;
    }
  }
}
