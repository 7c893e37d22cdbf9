import { CaseEvent, toCaseEvent } from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { eventsOfMatter } from "../merging/matter-events";
import { Dispute } from "./dispute.type";

const EVENT_FIELDS = "id at department type summary actor { id name } subjectType subjectId";

type WithRequired = DisputeRow & Pick<Dispute, "justiceEvents" | "courtEvents" | "procuratorateEvents">;

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

  @Directive(
    `@requires(fields: "justiceEvents { ${EVENT_FIELDS} } courtEvents { ${EVENT_FIELDS} } procuratorateEvents { ${EVENT_FIELDS} }")`,
  )
  @FieldResolver((_type) => [CaseEvent], {
    description: "案卷 The whole story of the dispute across the four departments, oldest first, with who did what",
  })
  async caseFile(@Root() dispute: WithRequired, @Ctx() context: CenterContext): Promise<CaseEvent[]> {
    const own = (await eventsOfMatter(context, dispute)).map((row) => toCaseEvent("CENTER", row));
    const others = [...(dispute.justiceEvents ?? []), ...(dispute.courtEvents ?? []), ...(dispute.procuratorateEvents ?? [])];
    return [...own, ...others].sort(chronological);
  }
}
