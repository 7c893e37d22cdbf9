import type { RedFlagConfig, RedFlagSeverity } from "../config/red-flags";
import type { PeerDispute, ScreenedDispute, ScreenedParty } from "../graph/screened-dispute";
import { formatYuan, maskName } from "./mask";
import type { PartyLink } from "./party-links";

export type RedFlagCode = "RELATED_PARTIES" | "AMOUNT_OUT_OF_LINE" | "QUICK_AGREEMENT" | "HIGH_RISK_CATEGORY" | "REPEAT_MEDIATOR";

/** One concrete value a flag rests on; personal values are masked. */
export interface Evidence {
  label: string;
  value: string;
}

export interface RaisedFlag {
  code: RedFlagCode;
  severity: RedFlagSeverity;
  weight: number;
  description: string;
  source: string;
  evidence: Evidence[];
}

/** Everything a rule may look at for one dispute. */
export interface RuleInputs {
  dispute: ScreenedDispute;
  /** The dispute's county's disputes in the baseline window (it may be among them). */
  peers: readonly PeerDispute[];
  links: readonly PartyLink[];
  config: RedFlagConfig;
}

export const DESCRIPTIONS: Record<RedFlagCode, string> = {
  RELATED_PARTIES:
    "当事人之间存在关联（同一人、共用电话、住址或代理人） / The parties are related (one person, or a shared phone, address or agent)",
  AMOUNT_OUT_OF_LINE:
    "争议金额与申请人情况或本县同类纠纷明显不符 / The amount is out of line with the applicant or the county's disputes of the category",
  QUICK_AGREEMENT: "受理后极短时间内即达成调解协议 / The agreement was reached very soon after receipt",
  HIGH_RISK_CATEGORY: "属虚假诉讼高发领域 / The category is one where false litigation is common",
  REPEAT_MEDIATOR: "同一申请人反复通过同一调解组织达成协议 / The same applicant keeps coming to agreement before the same committee",
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function raise(code: RedFlagCode, rule: { weight: number; severity: RedFlagSeverity; basis: string }, evidence: Evidence[]): RaisedFlag {
  return { code, severity: rule.severity, weight: rule.weight, description: DESCRIPTIONS[code], source: rule.basis, evidence };
}

function partyLabel(party: ScreenedParty | undefined): string {
  return party ? `${maskName(party.name, party.kind)}（${party.role}）` : "?";
}

export function relatedParties({ dispute, links, config }: RuleInputs): RaisedFlag | null {
  if (links.length === 0) return null;
  const byId = new Map(dispute.parties.map((party) => [party.id, party]));
  const evidence = links.map((link) => {
    const a = byId.get(link.partyA);
    const b = byId.get(link.partyB);
    const id = link.kind === "SAME_PERSON" && a?.idNumberMasked ? `，身份证号 ${a.idNumberMasked}` : "";
    return { label: link.kind, value: `${partyLabel(a)} — ${partyLabel(b)}${id}` };
  });
  return raise("RELATED_PARTIES", config.relatedParties, evidence);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Out of line when either holds: a natural-person applicant claims at least the category's
 * ceiling; or the county's other disputes of the category in the window (at least `minPeers`
 * stating an amount) have a median the amount is at least `peerMultiple` times.
 */
export function amountOutOfLine({ dispute, peers, config }: RuleInputs): RaisedFlag | null {
  const rule = config.amountOutOfLine;
  const amount = dispute.amountFen;
  if (amount === null || amount <= 0) return null;
  const evidence: Evidence[] = [];
  const ceiling = rule.naturalPersonCeilingFen[dispute.category];
  const naturalPersonApplicant = dispute.parties.some((party) => party.role === "APPLICANT" && party.kind === "PERSON");
  if (ceiling !== undefined && naturalPersonApplicant && amount >= ceiling) {
    evidence.push(
      { label: "amount", value: formatYuan(amount) },
      { label: "naturalPersonCeiling", value: `${formatYuan(ceiling)}（${dispute.category}，申请人为自然人）` },
    );
  }
  const peerAmounts = peers
    .filter((peer) => peer.id !== dispute.id && peer.category === dispute.category && peer.amountFen !== null)
    .map((peer) => peer.amountFen as number);
  if (peerAmounts.length >= rule.minPeers) {
    const typical = median(peerAmounts);
    if (typical > 0 && amount >= typical * rule.peerMultiple) {
      if (!evidence.length) evidence.push({ label: "amount", value: formatYuan(amount) });
      evidence.push({
        label: "countyMedian",
        value: `${formatYuan(Math.round(typical))}（本县近${rule.baselineDays}日同类${peerAmounts.length}件的中位数；本案为其${(amount / typical).toFixed(1)}倍，阈值${rule.peerMultiple}倍）`,
      });
    }
  }
  return evidence.length ? raise("AMOUNT_OUT_OF_LINE", rule, evidence) : null;
}

/** Receipt to the first agreement within `maxHours`. */
export function quickAgreement({ dispute, config }: RuleInputs): RaisedFlag | null {
  const reached = dispute.mediations
    .map((mediation) => mediation.agreementReachedAt)
    .filter((at): at is Date => at !== null)
    .sort((a, b) => a.getTime() - b.getTime())[0];
  if (!reached) return null;
  const hours = Math.max(0, reached.getTime() - dispute.receivedAt.getTime()) / HOUR_MS;
  if (hours > config.quickAgreement.maxHours) return null;
  return raise("QUICK_AGREEMENT", config.quickAgreement, [
    { label: "receivedAt", value: dispute.receivedAt.toISOString() },
    { label: "agreementReachedAt", value: reached.toISOString() },
    { label: "hours", value: `${hours.toFixed(1)}小时（阈值${config.quickAgreement.maxHours}小时）` },
  ]);
}

export function highRiskCategory({ dispute, config }: RuleInputs): RaisedFlag | null {
  if (!config.highRiskCategory.categories.includes(dispute.category)) return null;
  return raise("HIGH_RISK_CATEGORY", config.highRiskCategory, [{ label: "category", value: dispute.category }]);
}

/**
 * The same applicant (one root record) before the same committee in at least `minCases` of the
 * county's disputes in the baseline window, this one included.
 */
export function repeatMediator({ dispute, peers, config }: RuleInputs): RaisedFlag | null {
  const applicants = new Set(dispute.parties.flatMap((party) => (party.role === "APPLICANT" && party.personId ? [party.personId] : [])));
  if (applicants.size === 0) return null;
  const evidence: Evidence[] = [];
  const committees = new Map(dispute.mediations.map((mediation) => [mediation.committeeId, mediation.committeeName]));
  for (const [committeeId, committeeName] of committees) {
    const cases = new Set([dispute.id]);
    for (const peer of peers) {
      if (peer.committeeIds.includes(committeeId) && peer.applicantPersonIds.some((id) => applicants.has(id))) cases.add(peer.id);
    }
    if (cases.size >= config.repeatMediator.minCases) {
      evidence.push({
        label: "committee",
        value: `${committeeName}：同一申请人近${config.amountOutOfLine.baselineDays}日在本县${cases.size}件（阈值${config.repeatMediator.minCases}件）`,
      });
    }
  }
  return evidence.length ? raise("REPEAT_MEDIATOR", config.repeatMediator, evidence) : null;
}

export const RULES = [relatedParties, amountOutOfLine, quickAgreement, highRiskCategory, repeatMediator] as const;

export const baselineFrom = (now: Date, config: RedFlagConfig): Date =>
  new Date(now.getTime() - config.amountOutOfLine.baselineDays * DAY_MS);
