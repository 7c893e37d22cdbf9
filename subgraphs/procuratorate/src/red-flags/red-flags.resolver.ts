import { authorize, checkUuid, invalidInput } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from "type-graphql";
import type { ProcuratorateContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { jurisdictionFor, requireWithinJurisdiction } from "../jurisdiction";
import { DESCRIPTIONS, type RedFlagCode } from "./red-flag-rules";
import { RedFlagRuleSet } from "./red-flag-rule.type";
import { RedFlagScreen } from "./red-flag-screen.type";
import { RedFlagScreening } from "./red-flag-screening.type";
import type { Screen } from "./screen";
import { screenDisputes } from "./screening";
import { windowStart } from "./window";

export const MAX_SCREENING_PAGE = 100;

/** A screen as GraphQL shows it: the dispute by key. */
export type ScreenView = Omit<Screen, "dispute"> & { disputeId: string; disputeNumber: string };

export const toView = ({ dispute, ...rest }: Screen): ScreenView => ({ ...rest, disputeId: dispute.id, disputeNumber: dispute.number });

@Resolver((_of) => RedFlagScreen)
export class RedFlagsResolver {
  @Query((_returns) => RedFlagScreen, { description: "虚假调解筛查 The red flags of one dispute (prosecutors, within their jurisdiction)" })
  async redFlagScreen(@Arg("disputeId", (_type) => ID) disputeId: string, @Ctx() context: ProcuratorateContext): Promise<ScreenView> {
    authorize(context, "redFlagScreen");
    checkUuid(disputeId, "disputeId");
    const dispute = await context.graph.dispute(disputeId, "disputeId");
    requireWithinJurisdiction(context.actor, dispute.placeCode);
    return toView(await context.screens.load(dispute));
  }

  @Query((_returns) => RedFlagScreening, {
    description:
      "筛查清单 A jurisdiction's disputes received in the window that went to judicial confirmation (and, if asked, those with an agreement only), screened; suspicious ones only by default",
  })
  async redFlagScreening(
    @Ctx() context: ProcuratorateContext,
    @Arg("jurisdictionCode", (_type) => String, { nullable: true, description: "Defaults to the prosecutor's own" })
    jurisdictionCode?: string | null,
    @Arg("since", (_type) => GraphQLDateTime, { nullable: true, description: "Received at or after; 90 days back by default" })
    since?: Date | null,
    @Arg("first", (_type) => Int, { defaultValue: 20 }) first = 20,
    @Arg("onlySuspicious", (_type) => Boolean, { defaultValue: true }) onlySuspicious = true,
    @Arg("includeUnconfirmedAgreements", (_type) => Boolean, { defaultValue: false }) includeUnconfirmedAgreements = false,
  ): Promise<{ screens: ScreenView[]; scannedDisputes: number; truncated: boolean }> {
    authorize(context, "redFlagScreening");
    const code = jurisdictionFor(context.actor, jurisdictionCode, "jurisdictionCode");
    if (first < 1 || first > MAX_SCREENING_PAGE) {
      throw invalidInput("first", `1 to ${MAX_SCREENING_PAGE}`, {
        zh: `条数须在1到${MAX_SCREENING_PAGE}之间`,
        en: `"first" must be between 1 and ${MAX_SCREENING_PAGE}`,
      });
    }
    const from = windowStart(context, since);
    const scan = await context.graph.scan(code, from, context.redFlags.screening.maxScannedDisputes);
    const candidates = scan.disputes.filter(
      (dispute) =>
        dispute.confirmations.length > 0 ||
        (includeUnconfirmedAgreements && dispute.mediations.some((mediation) => mediation.agreementId !== null)),
    );
    const screens = (await screenDisputes(context, candidates))
      .filter((screen) => !onlySuspicious || screen.suspicious)
      .sort((a, b) => b.score - a.score || b.dispute.receivedAt.getTime() - a.dispute.receivedAt.getTime())
      .slice(0, first);
    return { screens: screens.map(toView), scannedDisputes: scan.disputes.length, truncated: scan.truncated };
  }

  @Query((_returns) => RedFlagRuleSet, { description: "筛查规则 The red-flag rules in force, with their sources and settings" })
  redFlagRules(@Ctx() context: ProcuratorateContext): RedFlagRuleSet {
    authorize(context, "redFlagRules");
    const { threshold, screening: _screening, ...rules } = context.redFlags;
    const codes: Record<keyof typeof rules, RedFlagCode> = {
      relatedParties: "RELATED_PARTIES",
      amountOutOfLine: "AMOUNT_OUT_OF_LINE",
      quickAgreement: "QUICK_AGREEMENT",
      highRiskCategory: "HIGH_RISK_CATEGORY",
      repeatMediator: "REPEAT_MEDIATOR",
    };
    return {
      threshold: threshold.score,
      thresholdBasis: threshold.basis,
      rules: (Object.keys(codes) as (keyof typeof rules)[]).map((name) => {
        const { weight, severity, basis, ...settings } = rules[name];
        const code = codes[name];
        return { code, weight, severity, description: DESCRIPTIONS[code], source: basis, settings: JSON.stringify(settings) };
      }),
    };
  }

  @FieldResolver((_type) => Dispute, { description: "The dispute screened" })
  dispute(@Root() view: ScreenView): Dispute {
    return { id: view.disputeId };
  }
}
