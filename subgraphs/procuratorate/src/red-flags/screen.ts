import type { RedFlagConfig } from "../config/red-flags";
import type { PeerDispute, ScreenedDispute } from "../graph/screened-dispute";
import { samePersonLinks, type PartyLink } from "./party-links";
import { RULES, type RaisedFlag } from "./red-flag-rules";

/** The red flags of one dispute, their combined score and whether it reaches the threshold. */
export interface Screen {
  dispute: ScreenedDispute;
  flags: RaisedFlag[];
  score: number;
  threshold: number;
  suspicious: boolean;
}

/** Evaluates every rule; `links` are the centre's shared phone/address/agent pairs, to which same-person pairs are added. */
export function screen(
  dispute: ScreenedDispute,
  peers: readonly PeerDispute[],
  links: readonly PartyLink[],
  config: RedFlagConfig,
): Screen {
  const inputs = { dispute, peers, links: [...samePersonLinks(dispute), ...links], config };
  const flags = RULES.map((rule) => rule(inputs))
    .filter((flag): flag is RaisedFlag => flag !== null)
    .sort((a, b) => b.weight - a.weight);
  const score = flags.reduce((sum, flag) => sum + flag.weight, 0);
  return { dispute, flags, score, threshold: config.threshold.score, suspicious: score >= config.threshold.score };
}
