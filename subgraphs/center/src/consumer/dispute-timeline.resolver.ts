import { loadForMatter, type Department } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { TimelineEntry } from "./timeline-entry.type";

@Resolver((_of) => Dispute)
export class DisputeTimelineResolver {
  @FieldResolver((_type) => [TimelineEntry], {
    description:
      "时间线 Every department's events on this dispute, and on the records linked or merged into it, in the order the centre learned them from their feeds",
  })
  async timeline(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<TimelineEntry[]> {
    const rows = await loadForMatter(context.loaders.timelineByDispute, dispute, (a, b) => Number(a.seq - b.seq));
    return rows.map((row) => ({
      eventId: row.eventId,
      department: row.source as Department,
      type: row.type,
      occurredAt: row.occurredAt,
      learnedAt: row.consumedAt,
      summary: row.summary,
      actor: { id: row.actorId, name: row.actorName },
      subjectType: row.subjectType,
      subjectId: row.subjectId,
    }));
  }

  @FieldResolver((_type) => GraphQLDateTime, {
    nullable: true,
    description: "化解时间 When the dispute was resolved: its agreement took effect or a court confirmed it (null while unresolved)",
  })
  resolvedAt(@Root() dispute: DisputeRow): Date | null {
    return dispute.resolvedAt;
  }
}
