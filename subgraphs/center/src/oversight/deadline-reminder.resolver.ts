import { notFound } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Centre as CentreRow, DeadlineReminder as ReminderRow, Dispute as DisputeRow } from "../../generated/client";
import { Centre } from "../centres/centre.type";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { loadCentre } from "../routing/centre-of";
import { DeadlineReminder } from "./deadline-reminder.type";

@Resolver((_of) => DeadlineReminder)
export class DeadlineReminderResolver {
  @FieldResolver((_type) => Centre, { description: "The centre reminded" })
  async centre(@Root() reminder: ReminderRow, @Ctx() context: CenterContext): Promise<CentreRow> {
    return loadCentre(context, reminder.centreId);
  }

  @FieldResolver((_type) => Dispute)
  async dispute(@Root() reminder: ReminderRow, @Ctx() context: CenterContext): Promise<DisputeRow> {
    const dispute = await context.loaders.disputeById.load(reminder.disputeId);
    if (!dispute) throw notFound("Dispute", reminder.disputeId);
    return dispute;
  }
}
