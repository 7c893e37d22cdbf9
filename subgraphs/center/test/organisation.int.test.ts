import { centreOfficer } from "../../../tests/support/actors";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createCenterServer, type CenterServer } from "../src/server";
import { uniqueCreditCode } from "./credit-codes";
import { seedCentre, trafficDispute } from "./fixtures";

const RECEIVE = `mutation($input: ReceiveDisputeInput!) {
  receiveDispute(input: $input) { id parties { role kind name organisation { id creditCode name } } }
}`;

let center: RunningSubgraph<CenterServer>;
let centreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
  centreId = (await seedCentre(center.server.db)).id;
});
afterAll(() => center.stop());

type Received = {
  receiveDispute: {
    id: string;
    parties: { role: string; kind: string; name: string; organisation: { id: string; creditCode: string; name: string } | null }[];
  };
};

function receiveAgainst(creditCode: string, channel: string, name = "包头市鹿城运输有限公司", officerCentre = centreId) {
  return center.request<Received>(
    RECEIVE,
    {
      // 九原区: its own county number counter, so these receipts do not queue behind other files' in 东河区.
      input: trafficDispute({
        placeCode: "150207001",
        channel,
        parties: [
          { role: "APPLICANT", kind: "PERSON", name: "巴特尔" },
          { role: "RESPONDENT", kind: "ORGANISATION", name, creditCode },
        ],
      }),
    },
    centreOfficer(officerCentre),
  );
}

describe("organisations as root records (根数据)", () => {
  it("records an organisation once when three channels and two centres bring it, each party keeping its name as entered", async () => {
    const creditCode = uniqueCreditCode();
    const otherCentre = (await seedCentre(center.server.db)).id;
    const received = [
      await receiveAgainst(creditCode, "WALK_IN"),
      await receiveAgainst(creditCode.toLowerCase(), "HOTLINE", "鹿城运输公司", otherCentre),
      await receiveAgainst(` ${creditCode} `, "PARTNER_SYSTEM", "包头鹿城运输"),
    ];
    for (const result of received) expect(result.errors).toBeUndefined();
    const respondents = received.map((result) => result.data?.receiveDispute.parties[1]);
    expect(new Set(respondents.map((party) => party?.organisation?.id)).size).toBe(1);
    expect(respondents.map((party) => party?.name)).toEqual(["包头市鹿城运输有限公司", "鹿城运输公司", "包头鹿城运输"]);
    expect(respondents[2]?.organisation).toMatchObject({ creditCode, name: "包头市鹿城运输有限公司" });
    expect(await center.server.db.organisation.count({ where: { creditCode } })).toBe(1);

    const found = await center.request<{ organisationByCreditCode: { id: string } }>(
      `query($code: String!) { organisationByCreditCode(creditCode: $code) { id } }`,
      { code: creditCode.toLowerCase() },
      centreOfficer(centreId),
    );
    expect(found.data?.organisationByCreditCode.id).toBe(respondents[0]?.organisation?.id);
  });

  it("records one organisation when 20 desks receive it at the same moment", async () => {
    const creditCode = uniqueCreditCode();
    const channels = ["WALK_IN", "HOTLINE", "ONLINE", "GRID_REPORT", "QR_CODE"];
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => receiveAgainst(creditCode, channels[index % 5] ?? "WALK_IN")),
    );
    const ids = results.map((result) => result.data?.receiveDispute.parties[1]?.organisation?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(1);
    expect(await center.server.db.organisation.count({ where: { creditCode } })).toBe(1);
  });

  it("refuses an invalid code, naming the party's field and GB 32100, and a code on a natural person", async () => {
    const code = uniqueCreditCode();
    const wrong = code.slice(0, 17) + (code.endsWith("0") ? "1" : "0");
    const bad = await receiveAgainst(wrong, "WALK_IN");
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "input.parties.1.creditCode",
      rule: "GB 32100-2015",
      problem: "CHECK_CHARACTER",
    });
    const onPerson = await center.request(
      RECEIVE,
      {
        input: trafficDispute({
          parties: [
            { role: "APPLICANT", kind: "PERSON", name: "巴特尔", creditCode: code },
            { role: "RESPONDENT", kind: "PERSON", name: "王建国" },
          ],
        }),
      },
      centreOfficer(centreId),
    );
    expect(onPerson.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.parties.0.creditCode" });
    expect(await center.server.db.organisation.count({ where: { creditCode: { in: [wrong, code] } } })).toBe(0);
  });

  it("resolves Organisation references in one query, null for unknown or malformed keys", async () => {
    const { data } = await receiveAgainst(uniqueCreditCode(), "WALK_IN");
    const organisationId = data?.receiveDispute.parties[1]?.organisation?.id;
    expect(data?.receiveDispute.parties[0]?.organisation).toBeNull();
    center.resetQueries();
    const entities = await center.request<{ _entities: ({ id: string; creditCode: string } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Organisation { id creditCode } } }`,
      {
        r: [
          { __typename: "Organisation", id: organisationId },
          { __typename: "Organisation", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "Organisation", id: "x" },
        ],
      },
      centreOfficer(centreId),
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities[0]?.id).toBe(organisationId);
    expect(entities.data?._entities.slice(1)).toEqual([null, null]);
    expect(statementsOn(center.queries, "organisation")).toBe(1);
  });
});
