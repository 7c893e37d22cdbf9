import { randomUUID } from "node:crypto";
import { centreOfficer, centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { seedOrganisations } from "./seed";
import { uniqueIdNumber } from "../support/id-numbers";
import { expectData, step } from "./steps";

/**
 * 解纷码 public intake through the gateway without a token: a resident submits, keeps the
 * tracking code and follows that one case; nothing else is open to an anonymous caller.
 */
let hub: RunningHub;
let org: Awaited<ReturnType<typeof seedOrganisations>>;

const SUBMIT = `mutation($input: PublicDisputeInput!) { submitPublicDispute(input: $input) { trackingCode status receivedAt } }`;
const STATUS = `query($code: String!) { publicDisputeStatus(trackingCode: $code) { status statusLabel receivedAt milestones { at label } } }`;

const submission = (overrides: Record<string, unknown> = {}) => ({
  centreId: org.centreId,
  name: "乌云其其格",
  idNumber: "150202199001010022",
  phone: "13847200001",
  category: "NEIGHBOUR",
  facts: "楼上住户装修漏水，导致我家天花板受损。",
  claims: "请求楼上住户赔偿维修费用。",
  placeCode: "150202001",
  respondent: { kind: "PERSON", name: "楼上住户" },
  ...overrides,
});

type Receipt = { submitPublicDispute: { trackingCode: string; status: string; receivedAt: string } };

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
});
afterAll(() => hub.stop());

describe("submitPublicDispute and publicDisputeStatus, anonymous", () => {
  it("receives the submission on the QR_CODE channel and gives an unguessable tracking code once", async () => {
    const { submitPublicDispute } = expectData(await hub.request<Receipt>(SUBMIT, { input: submission() }));
    expect(submitPublicDispute.status).toBe("RECEIVED");
    expect(submitPublicDispute.trackingCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);

    const status = expectData(
      await hub.request<{ publicDisputeStatus: { status: string; milestones: { label: string }[] } }>(STATUS, {
        code: submitPublicDispute.trackingCode.toLowerCase(),
      }),
    ).publicDisputeStatus;
    expect(status).toMatchObject({ status: "RECEIVED", statusLabel: "已受理，待分流" });
    expect(status.milestones.map((milestone) => milestone.label)).toEqual(["已受理"]);

    // The centre sees it as any other dispute, received on the QR-code channel, the applicant masked.
    const { disputes } = expectData(
      await hub.request<{
        disputes: { nodes: { channel: string; receivedBy: { name: string }; parties: { name: string; idNumberMasked: string }[] }[] };
      }>(
        `{ disputes(first: 5, filter: { channel: QR_CODE, receivingCentreId: "${org.centreId}" }) { nodes { channel receivedBy { name } parties { name idNumberMasked } } } }`,
        {},
        centreOfficer(org.centreId),
      ),
    );
    expect(disputes.nodes[0]).toMatchObject({ channel: "QR_CODE", receivedBy: { name: "解纷码自助申请" } });
    expect(disputes.nodes[0]?.parties[0]).toEqual({ name: "乌云其其格", idNumberMasked: "150202************" });
  });

  it("shows the public milestones as the case moves on, and nothing about parties or officers", async () => {
    const { submitPublicDispute } = expectData(
      await hub.request<Receipt>(SUBMIT, { input: submission({ respondent: null, idNumber: uniqueIdNumber() }) }),
    );
    const { disputes } = expectData(
      await hub.request<{ disputes: { nodes: { id: string }[] } }>(
        `{ disputes(first: 1, filter: { channel: QR_CODE, receivingCentreId: "${org.centreId}" }) { nodes { id } } }`,
        {},
        centreOfficer(org.centreId),
      ),
    );
    const disputeId = disputes.nodes[0]?.id ?? "";
    expectData(await step.routeToCommittee(hub, org, disputeId));
    const response = await hub.request<{ publicDisputeStatus: { status: string; milestones: { label: string }[] } }>(STATUS, {
      code: submitPublicDispute.trackingCode,
    });
    const status = expectData(response).publicDisputeStatus;
    expect(status.status).toBe("ROUTED");
    expect(status.milestones.map((milestone) => milestone.label)).toEqual(["已受理", "已分流至承办单位"]);
    const text = JSON.stringify(response);
    for (const secret of ["乌云其其格", "王受理", "0022", disputeId, org.committeeId]) expect(text).not.toContain(secret);
  });

  it("answers a wrong code exactly as an unknown one", async () => {
    const { submitPublicDispute } = expectData(await hub.request<Receipt>(SUBMIT, { input: submission({ idNumber: uniqueIdNumber() }) }));
    const code = submitPublicDispute.trackingCode;
    const last = code.at(-1) === "0" ? "1" : "0";
    const wrong = await hub.request(STATUS, { code: `${code.slice(0, -1)}${last}` });
    const unknown = await hub.request(STATUS, { code: "0000-0000-0000-0000-0000" });
    const malformed = await hub.request(STATUS, { code: "not a code" });
    for (const response of [wrong, unknown, malformed]) {
      expect(response.data?.publicDisputeStatus ?? null).toBeNull();
      expect(response.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", reason: "UNKNOWN_TRACKING_CODE" });
      expect(response.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
    }
  });

  it("validates as receiveDispute does, naming the public form's field", async () => {
    const response = await hub.request(SUBMIT, { input: submission({ idNumber: "150202199001010023" }) });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.idNumber", rule: "GB 11643" });
    const noCentre = await hub.request(SUBMIT, { input: submission({ centreId: randomUUID() }) });
    expect(noCentre.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.centreId" });
  });

  it("takes an idempotency key: a retry returns the same case with a further code", async () => {
    const key = `qr-${randomUUID()}`;
    const first = expectData(await hub.request<Receipt>(SUBMIT, { input: submission({ idempotencyKey: key }) })).submitPublicDispute;
    const again = expectData(await hub.request<Receipt>(SUBMIT, { input: submission({ idempotencyKey: key }) })).submitPublicDispute;
    expect(again.receivedAt).toBe(first.receivedAt);
    expect(again.trackingCode).not.toBe(first.trackingCode);
    const conflict = await hub.request(SUBMIT, { input: submission({ idempotencyKey: key, facts: "另一件事。" }) });
    expect(conflict.errors?.[0]?.extensions?.code).toBe("CONFLICT");
  });

  it.each([
    ["a dispute", `{ disputes { nodes { id } } }`],
    ["a dispute by number", `{ disputeByNumber(number: "150202-2026-000001") { id } }`],
    ["the access log", `{ personalDataAccessLog { nodes { id } } }`],
    ["the schema", `{ __schema { queryType { name } } }`],
    ["a status together with a dispute", `{ publicDisputeStatus(trackingCode: "x") { status } disputes { nodes { id } } }`],
  ])("refuses any other anonymous operation: %s", async (_what, query) => {
    const response = await hub.request(query, {});
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("is open to signed-in callers too", async () => {
    expectData(await hub.request<Receipt>(SUBMIT, { input: submission() }, centreSupervisor()));
  });
});

describe("the public-intake rate limit", () => {
  it("refuses a burst beyond the intake budget with 429, while status reads go on", async () => {
    const limited = await startHub({
      gateway: {
        rateLimits: {
          authenticated: { burst: 100, perMinute: 100 },
          anonymous: { burst: 100, perMinute: 100 },
          intake: { burst: 2, perMinute: 1 },
          intakeFields: ["submitPublicDispute"],
        },
      },
    });
    try {
      const outcomes: number[] = [];
      let code = "";
      for (let i = 0; i < 3; i += 1) {
        const response = await limited.request<Receipt>(SUBMIT, { input: submission() });
        outcomes.push(response.status);
        if (response.data?.submitPublicDispute) code = response.data.submitPublicDispute.trackingCode;
        if (response.status === 429) expect(response.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
      }
      expect(outcomes).toEqual([200, 200, 429]);
      expect(expectData(await limited.request(STATUS, { code }))).toBeTruthy();
    } finally {
      await limited.stop();
    }
  });
});
