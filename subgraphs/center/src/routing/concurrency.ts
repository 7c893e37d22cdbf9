import { ErrorCode, HubError } from "@hub/subgraph-kit";

/**
 * Thrown inside a transaction when a conditional update matched nothing: someone else changed
 * the record since it was read. The caller re-reads it and lets the state machine refuse.
 */
export class ConcurrentChange extends Error {
  constructor() {
    super("concurrent change");
    this.name = "ConcurrentChange";
  }
}

/** The record changed under us, yet the step would still be allowed: ask the clerk to retry. */
export function concurrentConflict(entity: { zh: string; en: string }): HubError {
  return new HubError(ErrorCode.CONFLICT, {
    zh: `${entity.zh}刚被他人修改，请刷新后重试`,
    en: `The ${entity.en} was just changed by someone else; refresh and try again`,
  });
}

/** What the centre's routing steps move, as their CONFLICT on a lost race names it. */
export const ROUTING = { zh: "分流", en: "routing" };
export const DISPUTE = { zh: "纠纷", en: "dispute" };
