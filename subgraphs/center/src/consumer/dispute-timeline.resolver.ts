import { loadForMatter, type CaseEvent, type Department } from "@hub/subgraph-kit";
import { GraphQLDateTime } from "graphql-scalars";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { CASE_FILE_EVENT_FIELDS, Dispute } from "../disputes/dispute.type";
import { TimelineEntry } from "./timeline-entry.type";

/** The dispute with the other departments' event lists the gateway fetched for `@requires`. */
type WithDepartmentEvents = DisputeRow & Partial<Record<string, CaseEvent[] | null>>;

/**
 * The ids of the other departments' events the caller may see: each department answers its own
 * list under its entity scope (SCOPE_RULES). A list that did not come (the department is down)
 * shows none of that department's events rather than all of them.
 */
function visibleElsewhere(dispute: WithDepartmentEvents): Set<string> {
  return new Set(CASE_FILE_EVENT_FIELDS.flatMap((field) => (dispute[field] ?? []).map((event) => event.id)));
}

@Resolver((_of) => Dispute)
export class DisputeTimelineResolver {
  @Directive(`@requires(fields: "${CASE_FILE_EVENT_FIELDS.map((field) => `${field} { id }`).join(" ")}")`)
  @FieldResolver((_type) => [TimelineEntry], {
    description:
      "时间线 Every department's events on this dispute, and on the records linked or merged into it, in the order the centre learned them from their feeds; another department's event only where the caller may read the record it is about (that entity's scope, as at the root)",
  })
  async timeline(@Root() dispute: WithDepartmentEvents, @Ctx() context: CenterContext): Promise<TimelineEntry[]> {
    const rows = await loadForMatter(context.loaders.timelineByDispute, dispute, (a, b) => Number(a.seq - b.seq));
    const elsewhere = visibleElsewhere(dispute);
    return rows
      .filter((row) => row.source === "CENTER" || elsewhere.has(row.eventId))
      .map((row) => ({
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
