import { randomUUID } from "node:crypto";
import net from "node:net";
import { centreOfficer, centreSupervisor, judge } from "../support/actors";
import { startFingerprintedHub, type FingerprintedHub } from "../support/fingerprinted-hub";
import type { RunningHub } from "../support/hub-harness";
import { uniqueIdNumber } from "../support/id-numbers";
import { seedDisputeAcrossDepartments, seedOrganisations } from "../e2e/seed";
import { expectData, step, trafficAccident, type Organisations } from "../e2e/steps";

/**
 * Finding 9: refusals named the handling centre and the township of a dispute the caller may not
 * see; an idempotency CONFLICT returned another caller's record id, and public intake shared the
 * officers' key scope; receiveDispute accepted a receivedAt in 1900; a request declaring 50 MB
 * and sending nothing held its connection.
 */
let hub: RunningHub;
let org: Organisations & { suffix: string };
let running: FingerprintedHub;
const BODY_TIMEOUT_MS = 1500;

beforeAll(async () => {
  running = await startFingerprintedHub({ gateway: { limits: { bodyTimeoutMs: BODY_TIMEOUT_MS } } });
  hub = running.hub;
  org = await seedOrganisations(hub);
}, 60_000);
afterAll(() => running?.stop());

/** A refused request: every department's database, event log included, stays as it was. */
const refusedWritingNothing = <T>(send: () => Promise<T>) => running.writingNothing(send);

const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id } }`;
const PUBLIC = `mutation($input: PublicDisputeInput!) { submitPublicDispute(input: $input) { trackingCode } }`;

describe("a refusal names nothing of a dispute the caller may not see", () => {
  it("an officer of another centre routing the dispute learns neither its centre nor its township", async () => {
    const { disputeId } = await step.receive(hub, org);
    const response = await refusedWritingNothing(() =>
      hub.request(
        `mutation($input: RouteDisputeInput!) { routeDispute(input: $input) { id } }`,
        { input: { disputeId } },
        centreOfficer(randomUUID(), "150102"),
      ),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const text = JSON.stringify(response.errors);
    expect(text).not.toContain(org.centreId);
    expect(text).not.toContain(org.suffix); // the centre's name
    expect(text).not.toContain("150202001");
  });

  it("a supervisor of another city urging the dispute learns not where it lies", async () => {
    const { disputeId } = await step.receive(hub, org);
    const response = await refusedWritingNothing(() =>
      hub.request(
        `mutation($input: UrgeStageInput!) { urgeStage(input: $input) { stage } }`,
        { input: { disputeId, stage: "ROUTE", note: "请尽快分流" } },
        centreSupervisor("1501"),
      ),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(JSON.stringify(response.errors)).not.toMatch(/150202/);
  });

  it("a judge of another court learns not which court an application is before", async () => {
    const seeded = await seedDisputeAcrossDepartments(hub, org);
    const { dispute } = expectData(
      await hub.request<{ dispute: { confirmationApplications: { id: string }[] } }>(
        `query($id: ID!) { dispute(id: $id) { confirmationApplications { id } } }`,
        { id: seeded.disputeId },
        centreSupervisor(),
      ),
    );
    const response = await refusedWritingNothing(() =>
      hub.request(
        `mutation($input: DecideConfirmationAcceptanceInput!) { decideConfirmationAcceptance(input: $input) { id } }`,
        { input: { applicationId: dispute.confirmationApplications[0]?.id, accept: true } },
        { ...judge(randomUUID()), jurisdictionCode: "150102" },
      ),
    );
    expect(response.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const text = JSON.stringify(response.errors);
    expect(text).not.toContain(org.courtId);
    expect(text).not.toContain("东河区人民法院");
  });
});

describe("idempotency keys answer only their own caller", () => {
  it("a CONFLICT does not return the record the key created", async () => {
    const idempotencyKey = `conflict-${randomUUID()}`;
    const input = trafficAccident(org.centreId, { idempotencyKey });
    const first = expectData(await hub.request<{ receiveDispute: { id: string } }>(RECEIVE, { input }, centreOfficer(org.centreId)));
    const changed = await refusedWritingNothing(() =>
      hub.request(RECEIVE, { input: { ...input, claims: "请求赔偿9000元。" } }, centreOfficer(org.centreId)),
    );
    expect(changed.errors?.[0]?.extensions).toMatchObject({ code: "CONFLICT", field: "input.idempotencyKey" });
    expect(JSON.stringify(changed)).not.toContain(first.receiveDispute.id);
  });

  const resident = (idNumber: string, idempotencyKey: string) => ({
    centreId: org.centreId,
    name: "乌云",
    idNumber,
    phone: "13947260002",
    category: "NEIGHBOUR",
    facts: "邻居装修噪音持续影响休息。",
    claims: "请求协调停止夜间施工。",
    placeCode: "150202001",
    idempotencyKey,
  });

  it("public intake keys are each submitter's own: another resident's key neither replays nor conflicts", async () => {
    const idempotencyKey = `public-${randomUUID()}`;
    const mine = expectData(
      await hub.request<{ submitPublicDispute: { trackingCode: string } }>(PUBLIC, { input: resident(uniqueIdNumber(), idempotencyKey) }),
    );
    const theirs = await hub.request<{ submitPublicDispute: { trackingCode: string } }>(PUBLIC, {
      input: { ...resident(uniqueIdNumber(), idempotencyKey), facts: "另一件事。" },
    });
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data?.submitPublicDispute.trackingCode).not.toBe(mine.submitPublicDispute.trackingCode);
  });

  it("an officer's key and a public key of the same centre are apart", async () => {
    const idempotencyKey = `shared-${randomUUID()}`;
    expectData(await hub.request(RECEIVE, { input: trafficAccident(org.centreId, { idempotencyKey }) }, centreOfficer(org.centreId)));
    const publicAnswer = await hub.request(PUBLIC, { input: resident(uniqueIdNumber(), idempotencyKey) });
    expect(publicAnswer.errors).toBeUndefined();
  });
});

describe("receivedAt is bounded: not before the configured floor, not in the future beyond clock skew", () => {
  it.each([
    ["1900-06-01T00:00:00.000Z", /CENTER_RECEIVED_AT_FLOOR/],
    ["1999-12-31T00:00:00.000Z", /CENTER_RECEIVED_AT_FLOOR/],
    [new Date(Date.now() + 3_600_000).toISOString(), /future/],
  ])("refuses %s naming the field and the rule", async (receivedAt, rule) => {
    const response = await refusedWritingNothing(() =>
      hub.request(RECEIVE, { input: trafficAccident(org.centreId, { receivedAt }) }, centreOfficer(org.centreId)),
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.receivedAt" });
    expect(String(response.errors?.[0]?.extensions?.rule)).toMatch(rule);
  });

  it("accepts a receipt backdated within the floor", async () => {
    const receivedAt = new Date(Date.now() - 10 * 86_400_000).toISOString();
    expectData(await hub.request(RECEIVE, { input: trafficAccident(org.centreId, { receivedAt }) }, centreOfficer(org.centreId)));
  });
});

/** Sends raw bytes to the gateway and collects what comes back until the server closes the connection (or `boundMs` passes). */
function rawExchange(head: string, body: string, boundMs: number): Promise<{ response: string; closedAfterMs: number | null }> {
  const url = new URL(hub.gatewayUrl);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const socket = net.connect(Number(url.port), url.hostname);
    let response = "";
    const bound = setTimeout(() => {
      socket.destroy();
      resolve({ response, closedAfterMs: null });
    }, boundMs);
    socket.on("data", (chunk) => (response += chunk.toString("utf8")));
    socket.on("close", () => {
      clearTimeout(bound);
      resolve({ response, closedAfterMs: Date.now() - started });
    });
    socket.on("error", reject);
    socket.write(`${head}\r\n\r\n${body}`);
  });
}

describe("the gateway does not wait for bodies it will refuse or that never come", () => {
  it("answers 413 on a declared 50 MB at once, and closes the connection", async () => {
    const head = `POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: ${50 * 1024 * 1024}`;
    const { response, closedAfterMs } = await rawExchange(head, "", 5000);
    expect(response).toMatch(/^HTTP\/1\.1 413 /);
    expect(response).toContain("REQUEST_TOO_LARGE");
    expect(closedAfterMs).not.toBeNull();
  });

  it("ends a stalled upload after the body timeout", async () => {
    const head = `POST /graphql HTTP/1.1\r\nHost: gateway\r\nContent-Type: application/json\r\nContent-Length: 100`;
    const { response, closedAfterMs } = await rawExchange(head, `{"query":`, BODY_TIMEOUT_MS * 4 + 2000);
    expect(closedAfterMs).not.toBeNull();
    expect(response).toMatch(/^HTTP\/1\.1 408 /);
  });
});
