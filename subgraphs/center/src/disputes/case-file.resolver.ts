import { CaseEvent, toCaseEvent } from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { eventsOfMatter } from "../merging/matter-events";
import { CASE_FILE_EVENT_FIELDS, Dispute } from "./dispute.type";

const EVENT_FIELDS = "id at department type summary actor { id name } subjectType subjectId";

/** The dispute with the other departments' events the gateway fetched for `@requires`. */
type WithRequired = DisputeRow & Partial<Record<string, CaseEvent[] | null>>;

/** Oldest first; events at the same instant keep the order of the departments' hand-offs. */
function chronological(a: CaseEvent, b: CaseEvent): number {
  return new Date(a.at).getTime() - new Date(b.at).getTime();
}

@Resolver((_of) => Dispute)
export class CaseFileResolver {
  @FieldResolver((_type) => [CaseEvent], {
    description: "综治中心案卷记录 What the centre did on this dispute and the records linked or merged into it, oldest first",
  })
  async centerEvents(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): Promise<CaseEvent[]> {
    return (await eventsOfMatter(context, dispute)).map((row) => toCaseEvent("CENTER", row));
  }

  @Directive(`@requires(fields: "${CASE_FILE_EVENT_FIELDS.map((field) => `${field} { ${EVENT_FIELDS} }`).join(" ")}")`)
  @FieldResolver((_type) => [CaseEvent], {
    description: "案卷 The whole story of the dispute across the four departments, oldest first, with who did what",
  })
  async caseFile(@Root() dispute: WithRequired, @Ctx() context: CenterContext): Promise<CaseEvent[]> {
    const own = (await eventsOfMatter(context, dispute)).map((row) => toCaseEvent("CENTER", row));
    const others = CASE_FILE_EVENT_FIELDS.flatMap((field) => dispute[field] ?? []);
    return [...own, ...others].sort(chronological);
  }
}
