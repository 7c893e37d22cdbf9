import { computeDeadline, type Period } from "@hub/subgraph-kit";
import type {
  ConclusionExtension as ExtensionRow,
  PartyHearing as HearingRow,
  RulingObjection as ObjectionRow,
  RulingService as ServiceRow,
  SupplementOrder as SupplementRow,
} from "../../generated/client";
import type { ConclusionExtension } from "./conclusion-extension.type";
import type { PartyHearing } from "./party-hearing.type";
import type { RulingObjection } from "./ruling-objection.type";
import type { RulingService } from "./ruling-service.type";
import type { SupplementOrder } from "./supplement-order.type";

const officer = (id: string | null, name: string | null) => (id && name ? { id, name } : null);

export const supplementView = (row: SupplementRow): SupplementOrder => ({
  ...row,
  orderedBy: { id: row.orderedById, name: row.orderedByName },
  suppliedRecordedBy: officer(row.suppliedById, row.suppliedByName),
});

export const hearingView = (row: HearingRow): PartyHearing => ({ ...row, recordedBy: { id: row.recordedById, name: row.recordedByName } });

/** `objectionRule`: the party's objection period in force (民诉法解释 372), for the years the calendar does not cover. */
export const serviceView = (row: ServiceRow, objectionRule: Period): RulingService => ({
  ...row,
  recordedBy: { id: row.recordedById, name: row.recordedByName },
  calendarMissingFor: computeDeadline(row.servedAt, objectionRule).calendarMissingFor,
});

export const objectionView = (row: ObjectionRow): RulingObjection => ({
  ...row,
  filedBy: { id: row.filedById, name: row.filedByName },
  decidedBy: officer(row.decidedById, row.decidedByName),
});

export const extensionView = (row: ExtensionRow): ConclusionExtension => ({
  ...row,
  recordedBy: { id: row.recordedById, name: row.recordedByName },
});
