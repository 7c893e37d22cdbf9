import { eventRow } from "./event-log";
import { HubError } from "./errors";
import { defineStateMachine } from "./state-machine";
import { LostRace, transition, type WriteTx } from "./write-path";

type State = "OPEN" | "UNDER_REVIEW" | "CLOSED";
type Step = "review" | "close";
const machine = defineStateMachine<State, Step>(
  { OPEN: { review: "UNDER_REVIEW", close: "CLOSED" }, UNDER_REVIEW: { close: "CLOSED" }, CLOSED: {} },
  {
    entity: { zh: "案件", en: "case" },
    states: { OPEN: "已立案", UNDER_REVIEW: "审查中", CLOSED: "已结案" },
    events: { review: "审查", close: "结案" },
  },
);
const actor = { userId: "u1", name: "乌兰" } as Parameters<typeof eventRow>[0];

/** A record held in memory, with transactions that keep what they write only when they finish. */
function fakeDb(initial: State) {
  const committed = { state: initial, events: [] as string[] };
  const statements: string[] = [];
  const db = {
    committed,
    statements,
    $queryRawUnsafe: async <T>() => [] as T,
    $executeRawUnsafe: async () => 0,
    async $transaction<R>(fn: (tx: WriteTx & { pending: { state: State; events: string[] } }) => Promise<R>): Promise<R> {
      const pending = { state: committed.state, events: [] as string[] };
      const tx = {
        pending,
        $queryRawUnsafe: async <T>(sql: string) => {
          statements.push(sql);
          return [] as T;
        },
        $executeRawUnsafe: async (sql: string, ...values: unknown[]) => {
          statements.push(sql);
          if (sql.startsWith("INSERT INTO event_log")) pending.events.push(String(values[1]));
          return 1;
        },
      };
      const result = await fn(tx);
      committed.state = pending.state;
      committed.events.push(...pending.events);
      return result;
    },
  };
  return db;
}

function step(db: ReturnType<typeof fakeDb>, event: Step, from: State, changedMeanwhile?: State) {
  return transition(db, {
    machine,
    event,
    from,
    entity: { zh: "案件", en: "case" },
    field: "input.caseId",
    update: async (tx, expected, next) => {
      if (changedMeanwhile) db.committed.state = changedMeanwhile;
      if (db.committed.state !== expected) return { count: 0 };
      tx.pending.state = next;
      return { count: 1 };
    },
    write: async (_tx, next) => ({
      result: next,
      events: eventRow(actor, { type: `case.${event}`, disputeId: null, subjectType: "Case", subjectId: "c1", summary: event }),
    }),
    current: async () => db.committed.state,
  });
}

function refusal(error: unknown): Record<string, unknown> {
  if (!(error instanceof HubError)) throw error;
  return error.extensions;
}

describe("transition, the kit's write path", () => {
  it("moves the record and logs its event in the same transaction when the update wins", async () => {
    const db = fakeDb("OPEN");
    await expect(step(db, "review", "OPEN")).resolves.toBe("UNDER_REVIEW");
    expect(db.committed).toEqual({ state: "UNDER_REVIEW", events: ["case.review"] });
  });

  it("refuses an illegal step before writing anything", async () => {
    const db = fakeDb("CLOSED");
    const error = await step(db, "review", "CLOSED").catch(refusal);
    expect(error).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "CLOSED", allowedNextSteps: [] });
    expect(db.statements).toEqual([]);
  });

  it("answers a lost race with the machine's refusal when the winner's state no longer allows the step, logging nothing", async () => {
    const db = fakeDb("OPEN");
    const error = await step(db, "review", "OPEN", "CLOSED").catch(refusal);
    expect(error).toMatchObject({ code: "ILLEGAL_TRANSITION", currentState: "CLOSED" });
    expect(db.committed.events).toEqual([]);
  });

  it("answers a lost race with CONFLICT naming the field when the step is still allowed, logging nothing", async () => {
    const db = fakeDb("OPEN");
    const error = await step(db, "close", "OPEN", "UNDER_REVIEW").catch(refusal);
    expect(error).toMatchObject({ code: "CONFLICT", field: "input.caseId", currentState: "UNDER_REVIEW" });
    expect(error).toMatchObject({ messageZh: expect.stringMatching(/案件/), messageEn: expect.stringMatching(/case/) });
    expect(db.committed).toEqual({ state: "UNDER_REVIEW", events: [] });
  });

  it("claims the step's key first in the transaction, and treats a further update that lost as a lost race", async () => {
    const db = fakeDb("OPEN");
    const order: string[] = [];
    const error = await transition(db, {
      machine,
      event: "close",
      from: "OPEN",
      entity: { zh: "案件", en: "case" },
      field: "input.caseId",
      claimIn: async () => void order.push("claim"),
      update: async () => {
        order.push("update");
        return { count: 1 };
      },
      write: async () => {
        throw new LostRace();
      },
      current: async () => "OPEN",
    }).catch(refusal);
    expect(order).toEqual(["claim", "update"]);
    expect(error).toMatchObject({ code: "CONFLICT", currentState: "OPEN" });
  });
});
