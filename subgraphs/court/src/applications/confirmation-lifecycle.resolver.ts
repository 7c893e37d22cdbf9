import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import type { CourtContext } from "../context";
import { ConfirmationApplication } from "./confirmation-application.type";
import { decideAcceptance } from "./decide-acceptance";
import { DecideConfirmationAcceptanceInput } from "./decide-acceptance.input";
import { ruleOnApplication } from "./rule-on-application";
import { RuleOnConfirmationInput } from "./rule-on-application.input";
import { startReview } from "./start-review";
import { StartConfirmationReviewInput } from "./start-review.input";
import { withdrawApplication } from "./withdraw-application";
import { WithdrawConfirmationApplicationInput } from "./withdraw-application.input";

/** The court's steps on an application once filed: acceptance, review, ruling, withdrawal. */
@Resolver((_of) => ConfirmationApplication)
export class ConfirmationLifecycleResolver {
  @Mutation((_returns) => ConfirmationApplication, {
    description: "受理或裁定不予受理 Accept (assigning a 民特 case number) or not accept (民诉法解释 355); a clerk or judge of that court",
  })
  async decideConfirmationAcceptance(
    @Arg("input", (_type) => DecideConfirmationAcceptanceInput) input: DecideConfirmationAcceptanceInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "decideConfirmationAcceptance");
    const application = await decideAcceptance(context, input);
    context.log.info(
      { applicationId: application.id, status: application.status, caseNumber: application.caseNumber },
      "acceptance decided",
    );
    return application;
  }

  @Mutation((_returns) => ConfirmationApplication, { description: "开始审查 A judge of that court takes up an accepted application" })
  async startConfirmationReview(
    @Arg("input", (_type) => StartConfirmationReviewInput) input: StartConfirmationReviewInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "startConfirmationReview");
    const application = await startReview(context, input);
    context.log.info({ applicationId: application.id }, "confirmation review started");
    return application;
  }

  @Mutation((_returns) => ConfirmationApplication, {
    description:
      "裁定 Rule the agreement valid (民事诉讼法 art 206) or reject the application on a 民诉法解释 358 ground; a judge of that court",
  })
  async ruleOnConfirmation(
    @Arg("input", (_type) => RuleOnConfirmationInput) input: RuleOnConfirmationInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "ruleOnConfirmation");
    const application = await ruleOnApplication(context, input);
    context.log.info({ applicationId: application.id, outcome: application.rulingOutcome }, "confirmation ruled");
    return application;
  }

  @Mutation((_returns) => ConfirmationApplication, {
    description: "撤回 Record the parties' withdrawal before the ruling (民诉法解释 357); a clerk or judge of that court",
  })
  async withdrawConfirmationApplication(
    @Arg("input", (_type) => WithdrawConfirmationApplicationInput) input: WithdrawConfirmationApplicationInput,
    @Ctx() context: CourtContext,
  ): Promise<ApplicationRow> {
    authorize(context, "withdrawConfirmationApplication");
    const application = await withdrawApplication(context, input);
    context.log.info({ applicationId: application.id }, "confirmation application withdrawn");
    return application;
  }
}
