import { randomUUID } from "node:crypto";
import { centreOfficer, centreSupervisor } from "../support/actors";
import { startHub, type RunningHub } from "../support/hub-harness";
import { uniqueIdNumber } from "../support/id-numbers";
import { seedOrganisations } from "../e2e/seed";
import { expectData, trafficAccident } from "../e2e/steps";

/**
 * Finding: an officer of 呼和浩特市新城区 named only the ID number of a person a 包头 centre had
 * recorded, and `receiveDispute` answered with that person's masked phone, township and address
 * as the other centre had recorded them. The person's root record is still reused (entered once),
 * but a centre sees of it only what it submitted itself or what was submitted on disputes in its
 * scope (个人信息保护法 art 6: minimum necessary).
 */
let hub: RunningHub;
let org: Awaited<ReturnType<typeof seedOrganisations>>;
const hohhotCentre = randomUUID();
const idNumber = uniqueIdNumber();

const PERSON = `person { id idNumberMasked phoneMasked addressMasked addressDivision { code } }`;
const RECEIVE = `mutation($input: ReceiveDisputeInput!) { receiveDispute(input: $input) { id parties { role ${PERSON} } } }`;
const READ = `query($id: ID!) { dispute(id: $id) { parties { role ${PERSON} } } }`;

interface Shown {
  id: string;
  idNumberMasked: string;
  phoneMasked: string | null;
  addressMasked: string | null;
  addressDivision: { code: string } | null;
}
type Received = { receiveDispute: { id: string; parties: { role: string; person: Shown | null }[] } };

const applicantOf = (parties: { role: string; person: Shown | null }[]) =>
  parties.find((party) => party.role === "APPLICANT")?.person ?? null;

let baotou: Shown | null;
let baotouDisputeId: string;

beforeAll(async () => {
  hub = await startHub();
  org = await seedOrganisations(hub);
  expectData(
    await hub.request(
      `mutation($input: RegisterCentreInput!) { registerCentre(input: $input) { id } }`,
      { input: { id: hohhotCentre, name: `海拉尔东路街道综治中心-${org.suffix}`, divisionCode: "150102001" } },
      centreSupervisor(),
    ),
  );
  const received = expectData(
    await hub.request<Received>(
      RECEIVE,
      {
        input: trafficAccident(org.centreId, {
          parties: [
            {
              role: "APPLICANT",
              kind: "PERSON",
              name: "巴特尔",
              idNumber,
              phone: "13947261234",
              address: { divisionCode: "150202001", detail: "巴彦塔拉大街12号3单元501" },
            },
            { role: "RESPONDENT", kind: "PERSON", name: "王建国", idNumber: uniqueIdNumber() },
          ],
        }),
      },
      centreOfficer(org.centreId, "150202"),
    ),
  );
  baotouDisputeId = received.receiveDispute.id;
  baotou = applicantOf(received.receiveDispute.parties);
}, 180_000);
afterAll(() => hub.stop());

const hohhotReceipt = (applicant: Record<string, unknown>) =>
  hub.request<Received>(
    RECEIVE,
    {
      input: trafficAccident(hohhotCentre, {
        placeCode: "150102001",
        facts: "申请人在新城区中山路被被申请人车辆剐蹭，另案处理。",
        parties: [
          { role: "APPLICANT", kind: "PERSON", name: "巴特尔", idNumber, ...applicant },
          { role: "RESPONDENT", kind: "PERSON", name: "刘强", idNumber: uniqueIdNumber("150102") },
        ],
      }),
    },
    centreOfficer(hohhotCentre, "150102"),
  );

it("the recording centre sees what it recorded", () => {
  expect(baotou).toMatchObject({ phoneMasked: "139****1234", addressDivision: { code: "150202001" } });
  expect(baotou?.addressMasked).toContain("包头市");
});

it("another league's centre naming only the ID number reuses the root record but gets nothing the other centre recorded", async () => {
  const response = expectData(await hohhotReceipt({}));
  const shown = applicantOf(response.receiveDispute.parties);
  expect(shown?.id).toBe(baotou?.id); // entered once: the same root record
  expect(shown).toMatchObject({ phoneMasked: null, addressMasked: null, addressDivision: null });
  // And not later either, by reading its own dispute.
  const read = expectData(
    await hub.request<{ dispute: { parties: { role: string; person: Shown | null }[] } }>(
      READ,
      { id: response.receiveDispute.id },
      centreOfficer(hohhotCentre, "150102"),
    ),
  );
  expect(applicantOf(read.dispute.parties)).toMatchObject({ phoneMasked: null, addressMasked: null, addressDivision: null });
  // The recording centre still sees its own.
  const own = expectData(
    await hub.request<{ dispute: { parties: { role: string; person: Shown | null }[] } }>(
      READ,
      { id: baotouDisputeId },
      centreOfficer(org.centreId, "150202"),
    ),
  );
  expect(applicantOf(own.dispute.parties)).toMatchObject({ phoneMasked: "139****1234" });
});

it("the same centre sees the phone it submitted itself, and the same phone submitted by both is seen by both", async () => {
  const response = expectData(await hohhotReceipt({ phone: "13947261234" }));
  expect(applicantOf(response.receiveDispute.parties)).toMatchObject({ phoneMasked: "139****1234", addressMasked: null });
  const own = expectData(
    await hub.request<{ dispute: { parties: { role: string; person: Shown | null }[] } }>(
      READ,
      { id: baotouDisputeId },
      centreOfficer(org.centreId, "150202"),
    ),
  );
  expect(applicantOf(own.dispute.parties)).toMatchObject({ phoneMasked: "139****1234" });
});

it("a supervisor whose jurisdiction covers the recording dispute sees what was recorded there", async () => {
  const response = expectData(
    await hub.request<{ dispute: { parties: { role: string; person: Shown | null }[] } }>(
      READ,
      { id: baotouDisputeId },
      centreSupervisor("15"),
    ),
  );
  expect(applicantOf(response.dispute.parties)).toMatchObject({ phoneMasked: "139****1234", addressDivision: { code: "150202001" } });
});
