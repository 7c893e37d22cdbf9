import type { HubContext } from "@hub/subgraph-kit";
import DataLoader from "dataloader";
import type { RedFlagConfig } from "../config/red-flags";
import type { ProcuratorateGraph } from "../graph/procuratorate-graph";
import type { ScreenedDispute } from "../graph/screened-dispute";
import type { PartyLinkEvidence } from "./party-links";
import { baselineFrom } from "./red-flag-rules";
import { screen, type Screen } from "./screen";

interface ScreeningDeps extends Pick<HubContext, "now"> {
  graph: ProcuratorateGraph;
  redFlags: RedFlagConfig;
  partyLinks: PartyLinkEvidence;
}

export const countyOf = (placeCode: string): string => placeCode.slice(0, 6);

/** Screens disputes together: each county's baseline is read once, the party links asked for all at once. */
export async function screenDisputes(deps: ScreeningDeps, disputes: readonly ScreenedDispute[]): Promise<Screen[]> {
  const { redFlags: config } = deps;
  const from = baselineFrom(deps.now, config);
  const counties = [...new Set(disputes.map((dispute) => countyOf(dispute.placeCode)))];
  const [baselines, links] = await Promise.all([
    Promise.all(counties.map((county) => deps.graph.countyPeers(county, from, config.amountOutOfLine.baselineMaxDisputes))),
    deps.partyLinks.linksFor(disputes),
  ]);
  const peersOf = new Map(counties.map((county, i) => [county, baselines[i] ?? []]));
  return disputes.map((dispute) => screen(dispute, peersOf.get(countyOf(dispute.placeCode)) ?? [], links.get(dispute.id) ?? [], config));
}

export type ScreenLoader = DataLoader<ScreenedDispute, Screen, string>;

/** Per request: every `Dispute.redFlags` of one response is screened in one batch. */
export function createScreenLoader(deps: ScreeningDeps): ScreenLoader {
  return new DataLoader((disputes) => screenDisputes(deps, disputes), { cacheKeyFn: (dispute) => dispute.id, maxBatchSize: 500 });
}
