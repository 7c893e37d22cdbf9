import { randomUUID } from "node:crypto";
import { ErrorCode, GraphRequestError, HubError, type HubContext } from "@hub/subgraph-kit";
import type { GraphReader } from "../src/graph";

/**
 * Stands in for the gateway: knows the mediation committees and courts a test registers,
 * answers NOT_FOUND for any other id as the owning subgraph would, and can play "unreachable".
 */
export class StubGraph implements GraphReader {
  readonly committees = new Map<string, string>();
  readonly courts = new Map<string, string>();
  readonly calls: { document: string; variables: Record<string, unknown>; actorId: string }[] = [];
  down = false;

  addCommittee(name = "东河区道路交通事故纠纷人民调解委员会"): string {
    const id = randomUUID();
    this.committees.set(id, name);
    return id;
  }

  addCourt(name = "包头市东河区人民法院"): string {
    const id = randomUUID();
    this.courts.set(id, name);
    return id;
  }

  async request<T>(document: string, variables: Record<string, unknown>, context: Pick<HubContext, "actor" | "requestId">): Promise<T> {
    this.calls.push({ document, variables, actorId: context.actor.userId });
    if (this.down) {
      throw new HubError(ErrorCode.UPSTREAM_UNAVAILABLE, { zh: "网关不可达", en: "gateway unreachable" });
    }
    const id = String(variables.id);
    const [field, known] = /mediationCommittee\(/.test(document)
      ? (["mediationCommittee", this.committees] as const)
      : /\bcourt\(/.test(document)
        ? (["court", this.courts] as const)
        : (["", null] as const);
    if (!known) throw new Error(`StubGraph: unexpected document ${document}`);
    const name = known.get(id);
    if (!name) {
      throw new GraphRequestError([{ message: `${field} ${id} was not found`, path: [field], extensions: { code: "NOT_FOUND" } }]);
    }
    return { [field]: { id, name } } as T;
  }
}
