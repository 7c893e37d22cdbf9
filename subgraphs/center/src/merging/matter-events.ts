import type { Dispute as DisputeRow, EventLog as EventLogRow } from "../../generated/client";
import type { CenterContext } from "../context";

/**
 * The centre's events of a dispute and of every record linked or merged into it, oldest first:
 * both histories stay whole and the survivor's case file tells them together, in one batched
 * query however many disputes are asked for.
 */
export async function eventsOfMatter(context: CenterContext, dispute: Pick<DisputeRow, "id" | "mergedIds">): Promise<EventLogRow[]> {
  if (!dispute.mergedIds.length) return context.loaders.eventsByDispute.load(dispute.id);
  const lists = await context.loaders.eventsByDispute.loadMany([dispute.id, ...dispute.mergedIds]);
  return lists
    .flatMap((list) => {
      if (list instanceof Error) throw list;
      return list;
    })
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || Number(a.seq - b.seq));
}
