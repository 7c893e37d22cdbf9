import { eventRow, invalidInput, requiredText } from "@hub/subgraph-kit";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import type { JusticeContext } from "../context";
import { commitCaseStep, loadCaseForStep, nextCaseStatus } from "./case-step";
import type { ConcludeWithFailureInput } from "./conclude-with-failure.input";
import { MediationCaseStatus, OtherRoute } from "./enums";
import { lapseUnsignedAgreement } from "./unsigned-agreement";

export const FAILURE_RULE = "人民调解法 art 26";
const MAX_REASON = 2000;
const ROUTE_ZH: Record<OtherRoute, string> = { ARBITRATION: "仲裁", ADMINISTRATIVE: "行政", LITIGATION: "司法" };

/**
 * 调解不成: the mediator ends the mediation and tells the parties of arbitration, administrative and
 * judicial routes (art 26). A case whose written agreement a party never signed ends so too, the
 * agreement lapsing, so that the dispute does not stay in mediation for ever.
 */
export async function concludeWithFailure(
  context: JusticeContext,
  input: ConcludeWithFailureInput,
  now: Date = context.now,
): Promise<MediationCaseRow> {
  const { row } = await loadCaseForStep(context, input.caseId, "concludeWithFailure");
  const event = row.status === MediationCaseStatus.AGREEMENT_REACHED ? "END_UNSIGNED" : "FAIL";
  nextCaseStatus(row, event);
  const reason = requiredText(input.reason, "input.reason", { zh: "调解不成的原因", en: "Why mediation failed" }, MAX_REASON);
  const routes = Object.values(OtherRoute);
  const missing = routes.filter((route) => !input.routesExplained.includes(route));
  if (missing.length) {
    throw invalidInput(
      "input.routesExplained",
      FAILURE_RULE,
      {
        zh: `调解不成的，应当告知当事人可以依法通过仲裁、行政、司法等途径维护权利；尚未告知：${missing.map((route) => ROUTE_ZH[route]).join("、")}`,
        en: `When mediation fails the parties must be told of the arbitration, administrative and judicial routes; not yet told: ${missing.join(", ")}`,
      },
      { missingRoutes: missing },
    );
  }
  return commitCaseStep(
    context.db,
    row,
    event,
    { closedAt: now, closedById: context.actor.userId, closedByName: context.actor.name, failureReason: reason, routesExplained: routes },
    async (tx, updated) => {
      const lapsed = event === "END_UNSIGNED" ? await lapseUnsignedAgreement(tx, context.actor, updated.id, updated.disputeId, now) : null;
      return {
        result: updated,
        events: eventRow(context.actor, {
          type: "mediation.failed",
          disputeId: updated.disputeId,
          subjectType: "MediationCase",
          subjectId: updated.id,
          summary: "调解不成，终止调解，已告知当事人可依法通过仲裁、行政、司法等途径维护权利（人民调解法第二十六条）",
          occurredAt: now,
          payload: {
            caseId: updated.id,
            status: updated.status,
            routesExplained: routes,
            ...(lapsed ? { lapsedAgreementId: lapsed.agreementId, unsignedPartyIds: lapsed.unsignedPartyIds } : {}),
          },
        }),
      };
    },
  );
}
