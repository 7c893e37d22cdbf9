import { FieldCipher } from "@hub/subgraph-kit";
import { centreOfficer } from "../../../tests/support/actors";
import { TEST_DATA_KEYS } from "../../../tests/support/env";
import { startSubgraph, statementsOn, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { checkCharacter } from "../src/persons/resident-id";
import { createCenterServer, type CenterServer } from "../src/server";
import { seedCentre, trafficDispute } from "./fixtures";

const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id parties { role person { id gender birthDate idNumberMasked } } } }`;

let center: RunningSubgraph<CenterServer>;
let centreId: string;

beforeAll(async () => {
  center = await startSubgraph("center", createCenterServer);
  centreId = (await seedCentre(center.server.db)).id;
});
afterAll(() => center.stop());

/** A valid ID number no other test uses: 150203 (昆都仑区), a birth date from the sequence, a check character. */
function uniqueIdNumber(): string {
  const sequence = String(Math.floor(Math.random() * 900) + 100);
  const day = String(Math.floor(Math.random() * 28) + 1).padStart(2, "0");
  const first17 = `1502031987${String(Math.floor(Math.random() * 12) + 1).padStart(2, "0")}${day}${sequence}`;
  return first17 + checkCharacter(first17);
}

type Received = {
  receiveDispute: {
    id: string;
    parties: { role: string; person: { id: string; gender: string; birthDate: string; idNumberMasked: string } | null }[];
  };
};

function receiveWith(applicantId: string, channel: string) {
  return center.request<Received>(
    RECEIVE,
    {
      input: trafficDispute({
        channel,
        parties: [
          { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber: applicantId },
          { role: "RESPONDENT", kind: "PERSON", name: "王建国" },
        ],
      }),
    },
    centreOfficer(centreId),
  );
}

describe("persons as root records (根数据)", () => {
  it("records a person once, however many channels bring them, with gender and birth date from the number", async () => {
    const idNumber = uniqueIdNumber();
    const persons = [];
    for (const channel of ["WALK_IN", "HOTLINE", "PARTNER_SYSTEM"]) {
      const { data, errors } = await receiveWith(idNumber, channel);
      expect(errors).toBeUndefined();
      persons.push(data?.receiveDispute.parties[0]?.person);
    }
    expect(new Set(persons.map((person) => person?.id)).size).toBe(1);
    expect(persons[0]).toMatchObject({
      gender: Number(idNumber.charAt(16)) % 2 === 1 ? "MALE" : "FEMALE",
      birthDate: `${idNumber.slice(6, 10)}-${idNumber.slice(10, 12)}-${idNumber.slice(12, 14)}`,
      idNumberMasked: `${idNumber.slice(0, 6)}************`,
    });
    const cipher = new FieldCipher({
      keys: TEST_DATA_KEYS.HUB_DATA_KEYS,
      currentKeyId: TEST_DATA_KEYS.HUB_DATA_KEY_CURRENT,
      indexKey: TEST_DATA_KEYS.HUB_BLIND_INDEX_KEY,
    });
    const index = cipher.blindIndex(idNumber);
    expect(await center.server.db.person.count({ where: { idNumberIndex: index } })).toBe(1);
  });

  it("records one person when the same person is received by several desks at the same moment", async () => {
    const idNumber = uniqueIdNumber();
    const results = await Promise.all(
      ["WALK_IN", "HOTLINE", "ONLINE", "GRID_REPORT", "QR_CODE"].map((channel) => receiveWith(idNumber, channel)),
    );
    const ids = results.map((result) => result.data?.receiveDispute.parties[0]?.person?.id);
    expect(ids.every(Boolean)).toBe(true);
    expect(new Set(ids).size).toBe(1);
  });

  it("gives a party without an ID number no person, and resolves Person references in one query", async () => {
    const { data } = await receiveWith(uniqueIdNumber(), "WALK_IN");
    expect(data?.receiveDispute.parties[1]?.person).toBeNull();
    const personId = data?.receiveDispute.parties[0]?.person?.id;
    center.resetQueries();
    const entities = await center.request<{ _entities: ({ id: string; idNumberMasked: string } | null)[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { id idNumberMasked } } }`,
      {
        r: [
          { __typename: "Person", id: personId },
          { __typename: "Person", id: "00000000-0000-4000-8000-000000000000" },
          { __typename: "Person", id: "x" },
        ],
      },
      centreOfficer(centreId),
    );
    expect(entities.errors).toBeUndefined();
    expect(entities.data?._entities[0]?.id).toBe(personId);
    expect(entities.data?._entities.slice(1)).toEqual([null, null]);
    expect(statementsOn(center.queries, "person")).toBe(1);
  });
});
