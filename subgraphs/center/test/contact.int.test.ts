import { randomUUID } from "node:crypto";
import { FieldCipher } from "@hub/subgraph-kit";
import { centreOfficer } from "../../../tests/support/actors";
import { TEST_DATA_KEYS } from "../../../tests/support/env";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { addressIndexInput } from "../src/persons/address";
import { phoneIndexInput } from "../src/persons/phone";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre, trafficDispute } from "./fixtures";
import { uniqueCreditCode } from "./credit-codes";
import { uniqueIdNumber, uniqueMobile } from "./id-numbers";

const RECEIVE = `mutation($input: ReceiveDisputeInput!) {
  receiveDispute(input: $input) {
    id
    parties {
      role
      person { id phoneMasked addressMasked addressDivision { code } }
      agent { name person { id idNumberMasked phoneMasked } }
    }
  }
}`;

type PersonView = { id: string; phoneMasked: string | null; addressMasked: string | null; addressDivision: { code: string } | null };
type Received = {
  receiveDispute: {
    id: string;
    parties: {
      role: string;
      person: PersonView | null;
      agent: { name: string; person: { id: string; idNumberMasked: string; phoneMasked: string | null } } | null;
    }[];
  };
};

const wrongCheckCharacter = (idNumber: string) => idNumber.slice(0, 17) + (idNumber.endsWith("0") ? "1" : "0");

const cipher = new FieldCipher({
  keys: TEST_DATA_KEYS.HUB_DATA_KEYS,
  currentKeyId: TEST_DATA_KEYS.HUB_DATA_KEY_CURRENT,
  indexKey: TEST_DATA_KEYS.HUB_BLIND_INDEX_KEY,
});

let center: RunningSubgraph<CenterServer>;
let centreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
  centreId = (await seedCentre(center.server.db)).id;
});
afterAll(() => center.stop());

function receive(applicant: Record<string, unknown>, respondent: Record<string, unknown> = {}) {
  return center.request<Received>(
    RECEIVE,
    {
      input: trafficDispute({
        facts: `联系方式测试 ${randomUUID()}：申请人车辆被追尾。`,
        parties: [
          { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: uniqueIdNumber(), ...applicant },
          { role: "RESPONDENT", kind: "PERSON", name: "王建国", ...respondent },
        ],
      }),
    },
    centreOfficer(centreId),
  );
}

describe("phones, addresses and agents of persons", () => {
  it("stores phone and address detail encrypted with blind indexes, and shows them masked", async () => {
    const mobile = uniqueMobile();
    const idNumber = uniqueIdNumber();
    const detail = `巴彦塔拉大街${Math.floor(Math.random() * 900) + 100}号3单元402室`;
    const { data, errors } = await receive({
      idNumber,
      phone: `+86 ${mobile.slice(0, 3)}-${mobile.slice(3, 7)}-${mobile.slice(7)}`,
      address: { divisionCode: "150202001", detail },
    });
    expect(errors).toBeUndefined();
    const person = data?.receiveDispute.parties[0]?.person;
    expect(person).toMatchObject({
      phoneMasked: `${mobile.slice(0, 3)}****${mobile.slice(7)}`,
      addressMasked: "内蒙古自治区包头市东河区和平路街道巴彦****",
      addressDivision: { code: "150202001" },
    });

    const row = await center.server.db.person.findUniqueOrThrow({ where: { id: person?.id ?? "" } });
    expect(row.phoneCipher).toMatch(/^v1:/);
    expect(row.addressDetailCipher).toMatch(/^v1:/);
    expect(JSON.stringify(row)).not.toContain(mobile);
    expect(JSON.stringify(row)).not.toContain("巴彦塔拉");
    expect(cipher.decrypt(row.phoneCipher ?? "")).toBe(mobile);
    expect(cipher.decrypt(row.addressDetailCipher ?? "")).toBe(detail);
    expect(row.phoneIndex).toBe(cipher.blindIndex(phoneIndexInput(mobile)));
    expect(row.addressIndex).toBe(cipher.blindIndex(addressIndexInput("150202001", detail)));
    expect(row.addressDivisionCode).toBe("150202001");
  });

  it("tells that two persons share a phone or an address without decrypting, however each was typed", async () => {
    const mobile = uniqueMobile();
    const detail = `幸福路${Math.floor(Math.random() * 900) + 100}号`;
    const first = await receive({ phone: mobile, address: { divisionCode: "150202", detail } });
    const second = await receive({
      phone: `${mobile.slice(0, 3)} ${mobile.slice(3)}`,
      address: {
        divisionCode: "150202",
        detail: ` ${detail.normalize("NFKC").replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0))}`,
      },
    });
    const a = first.data?.receiveDispute.parties[0]?.person?.id ?? "";
    const b = second.data?.receiveDispute.parties[0]?.person?.id ?? "";
    expect(a).not.toBe(b);
    const rows = await center.server.db.person.findMany({ where: { id: { in: [a, b] } } });
    expect(new Set(rows.map((row) => row.phoneIndex)).size).toBe(1);
    expect(new Set(rows.map((row) => row.addressIndex)).size).toBe(1);
    expect(new Set(rows.map((row) => row.phoneCipher)).size).toBe(2);
    expect(await center.server.db.person.count({ where: { phoneIndex: cipher.blindIndex(phoneIndexInput(mobile)) } })).toBe(2);
  });

  it("keeps the newest contact of a person and logs the change without the values", async () => {
    const idNumber = uniqueIdNumber();
    const [oldPhone, newPhone] = [uniqueMobile(), uniqueMobile()];
    await receive({ idNumber, phone: oldPhone, address: { divisionCode: "150202001", detail: "和平路8号" } });
    const unchanged = await receive({ idNumber, phone: oldPhone });
    const later = await receive({ idNumber, phone: newPhone });
    const person = later.data?.receiveDispute.parties[0]?.person;
    expect(person?.phoneMasked).toBe(`${newPhone.slice(0, 3)}****${newPhone.slice(7)}`);
    expect(person?.addressMasked).toBe("内蒙古自治区包头市东河区和平路街道和平****");

    const events = await center.server.db.eventLog.findMany({
      where: { subjectId: person?.id, type: "person.contact-changed" },
      orderBy: { seq: "asc" },
    });
    expect(events.map((event) => event.payload)).toEqual([
      { fields: ["phone", "address"], replaced: [] },
      { fields: ["phone"], replaced: ["phone"] },
    ]);
    expect(events[1]?.disputeId).toBe(later.data?.receiveDispute.id);
    expect(events.some((event) => event.disputeId === unchanged.data?.receiveDispute.id)).toBe(false);
    const text = JSON.stringify(events.map((event) => [event.summary, event.payload]));
    for (const value of [oldPhone, newPhone, "和平路8号"]) expect(text).not.toContain(value);
  });

  it("records an agent as a person, once however many parties name them, with the agent's phone", async () => {
    const agentId = uniqueIdNumber();
    const phone = "0472-5123456";
    const agent = { name: "李律师", idNumber: agentId, phone };
    const first = await receive({ agent }, { agent: { name: "李律师", idNumber: agentId } });
    expect(first.errors).toBeUndefined();
    const second = await receive({ agent: { name: "李某", idNumber: agentId } });
    const agents = [...(first.data?.receiveDispute.parties ?? []), ...(second.data?.receiveDispute.parties ?? [])].map(
      (party) => party.agent,
    );
    expect(new Set(agents.slice(0, 3).map((entry) => entry?.person.id)).size).toBe(1);
    expect(agents.map((entry) => entry?.name)).toEqual(["李律师", "李律师", "李某", undefined]);
    expect(agents[0]?.person).toMatchObject({
      idNumberMasked: `${agentId.slice(0, 6)}************`,
      phoneMasked: "0472-***3456",
    });
  });

  it("resolves the parties' persons and agents of a page of disputes with one query on person", async () => {
    const agentId = uniqueIdNumber();
    const placeCode = "150202002";
    for (let index = 0; index < 3; index++) {
      await center.request(
        RECEIVE,
        {
          input: trafficDispute({
            placeCode,
            parties: [
              {
                role: "APPLICANT",
                kind: "PERSON",
                name: "巴特尔",
                idNumber: uniqueIdNumber(),
                phone: uniqueMobile(),
                agent: { name: "李律师", idNumber: agentId },
              },
              { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: uniqueIdNumber() },
            ],
          }),
        },
        centreOfficer(centreId),
      );
    }
    center.resetQueries();
    const { data, errors } = await center.request<{
      disputes: { nodes: { parties: { person: { phoneMasked: string | null } | null; agent: { person: { id: string } } | null }[] }[] };
    }>(
      `query($centre: ID!) { disputes(first: 3, filter: { receivingCentreId: $centre, placeCode: "${placeCode}" }) { nodes { parties { person { phoneMasked } agent { person { id } } } } } }`,
      { centre: centreId },
      centreOfficer(centreId),
    );
    expect(errors).toBeUndefined();
    expect(data?.disputes.nodes).toHaveLength(3);
    expect(statementsOn(center.queries, "person")).toBe(1);
  });

  it("receives concurrently disputes naming the same persons and organisations in opposite orders, without deadlocks", async () => {
    const [first, second] = [uniqueIdNumber(), uniqueIdNumber()];
    const [codeA, codeB] = [uniqueCreditCode(), uniqueCreditCode()];
    const parties = (a: string, b: string, x: string, y: string) => [
      { role: "APPLICANT", kind: "PERSON", name: "甲", idNumber: a, phone: uniqueMobile() },
      { role: "APPLICANT", kind: "PERSON", name: "乙", idNumber: b, phone: uniqueMobile() },
      { role: "RESPONDENT", kind: "ORGANISATION", name: "丙公司", creditCode: x },
      { role: "RESPONDENT", kind: "ORGANISATION", name: "丁公司", creditCode: y },
    ];
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, index) =>
        center.request(
          RECEIVE,
          {
            // Two counties (白云鄂博矿区, 九原区), so the receipts do not queue on one county's number counter first.
            input: trafficDispute({
              placeCode: index % 2 ? "150206001" : "150207001",
              parties: index % 2 ? parties(first, second, codeA, codeB) : parties(second, first, codeB, codeA),
            }),
          },
          centreOfficer(centreId),
        ),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
  });

  it.each([
    ["a short mobile", { phone: "1391234567" }, "input.parties.0.phone", "MOBILE"],
    ["a malformed landline", { phone: "0471-059123" }, "input.parties.0.phone", "LANDLINE"],
    [
      "a city instead of a county or township",
      { address: { divisionCode: "1502", detail: "某路1号" } },
      "input.parties.0.address.divisionCode",
      undefined,
    ],
    [
      "a township that does not exist",
      { address: { divisionCode: "150202999", detail: "某路1号" } },
      "input.parties.0.address.divisionCode",
      undefined,
    ],
    ["an empty address detail", { address: { divisionCode: "150202001", detail: "  " } }, "input.parties.0.address.detail", undefined],
    ["a phone without an ID number", { idNumber: null, phone: "13912345678" }, "input.parties.0.phone", undefined],
    [
      "an agent with an invalid ID number",
      { agent: { name: "李律师", idNumber: wrongCheckCharacter(uniqueIdNumber()) } },
      "input.parties.0.agent.idNumber",
      "CHECK_CHARACTER",
    ],
    [
      "an agent with a bad phone",
      { agent: { name: "李律师", idNumber: uniqueIdNumber(), phone: "138-ABCD-5678" } },
      "input.parties.0.agent.phone",
      "FORMAT",
    ],
  ])("refuses %s, naming the field", async (_case, applicant, field, problem) => {
    const { errors } = await receive(applicant);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field, ...(problem ? { problem } : {}) });
  });
});
