import { randomUUID } from "node:crypto";
import { justiceOfficer } from "../../../tests/support/actors";
import { startSubgraph, type RunningSubgraph } from "../../../tests/support/subgraph-harness";
import { createJusticeServer, type JusticeServer } from "../src/server";
import { BILINGUAL, seedCommittee, seedMediator } from "./fixtures";

const ART_9 = "人民调解法 art 9";
const ART_14 = "人民调解法 art 14";
const REGISTER = `mutation($input: RegisterMediatorInput!) { registerMediator(input: $input) { id gender ethnicity adultAttested } }`;
const ROSTER = `query($id: ID!) { mediationCommittee(id: $id) { multiEthnicArea memberCount rosterIssues } }`;

let justice: RunningSubgraph<JusticeServer>;
beforeAll(async () => {
  justice = await startSubgraph("justice", createJusticeServer);
});
afterAll(() => justice.stop());

const member = (committeeId: string, overrides: Record<string, unknown> = {}) => ({
  id: randomUUID(),
  name: "巴特尔",
  committeeId,
  kind: "COMMITTEE_MEMBER",
  libraries: ["MEDIATOR"],
  gender: "MALE",
  ethnicity: "汉族",
  adultAttested: true,
  ...overrides,
});
const register = (input: Record<string, unknown>) => justice.request<any>(REGISTER, { input }, justiceOfficer());
const roster = async (id: string) => (await justice.request<any>(ROSTER, { id }, justiceOfficer())).data.mediationCommittee;

describe(`a committee's members (人民调解法 art 9: three to nine, women among them, smaller ethnic groups in multi-ethnic areas)`, () => {
  it("refuses the third member that would leave a constituted committee without a woman, and accepts one who is", async () => {
    const committee = await seedCommittee(justice.server.db);
    for (let i = 0; i < 2; i++) await seedMediator(justice.server.db, committee.id, { gender: "MALE", ethnicity: "蒙古族" });
    expect(await roster(committee.id)).toEqual({ multiEthnicArea: true, memberCount: 2, rosterIssues: ["TOO_FEW_MEMBERS", "NO_WOMAN"] });
    const man = await register(member(committee.id));
    expect(man.errors?.[0]?.extensions).toMatchObject({
      code: "REFUSED_BY_RULE",
      rule: ART_9,
      field: "input.gender",
      issues: ["NO_WOMAN"],
    });
    expect(man.errors?.[0]?.message).toMatch(BILINGUAL);
    const woman = await register(member(committee.id, { gender: "FEMALE" }));
    expect(woman.errors).toBeUndefined();
    expect(await roster(committee.id)).toEqual({ multiEthnicArea: true, memberCount: 3, rosterIssues: [] });
  });

  it("requires a member of a smaller ethnic group in a multi-ethnic area, not elsewhere", async () => {
    const multi = await seedCommittee(justice.server.db);
    const single = await justice.server.db.mediationCommittee.create({
      data: {
        id: randomUUID(),
        name: `单一民族地区调解委员会-${randomUUID().slice(0, 6)}`,
        divisionCode: "150202001",
        multiEthnicArea: false,
      },
    });
    for (const committee of [multi, single]) {
      await seedMediator(justice.server.db, committee.id, { gender: "FEMALE", ethnicity: "汉族" });
      await seedMediator(justice.server.db, committee.id, { gender: "MALE", ethnicity: "汉族" });
    }
    const inMulti = await register(member(multi.id));
    expect(inMulti.errors?.[0]?.extensions).toMatchObject({ rule: ART_9, field: "input.ethnicity", issues: ["NO_MINORITY_MEMBER"] });
    expect((await register(member(single.id))).errors).toBeUndefined();
    expect((await register(member(multi.id, { ethnicity: "达斡尔族" }))).errors).toBeUndefined();
    expect((await roster(multi.id)).rosterIssues).toEqual([]);
  });

  it("lets a committee short of three be formed, and hired mediators do not count", async () => {
    const committee = await seedCommittee(justice.server.db);
    expect((await register(member(committee.id))).errors).toBeUndefined();
    expect((await register(member(committee.id, { kind: "HIRED" }))).errors).toBeUndefined();
    expect(await roster(committee.id)).toMatchObject({
      memberCount: 1,
      rosterIssues: ["TOO_FEW_MEMBERS", "NO_WOMAN", "NO_MINORITY_MEMBER"],
    });
  });

  it("refuses a malformed ethnicity", async () => {
    const committee = await seedCommittee(justice.server.db);
    const { errors } = await register(member(committee.id, { ethnicity: "Mongol" }));
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.ethnicity" });
  });
});

describe(`a committee registered with its roster (人民调解法 art 9, 人民调解法 art 14)`, () => {
  const REGISTER_COMMITTEE = `mutation($input: RegisterMediationCommitteeInput!) {
    registerMediationCommittee(input: $input) { id memberCount rosterIssues members { id name gender ethnicity } } }`;
  const person = (name: string, gender: string, ethnicity: string, extra: Record<string, unknown> = {}) => ({
    id: randomUUID(),
    name,
    gender,
    ethnicity,
    adultAttested: true,
    ...extra,
  });
  const registerCommittee = (members: unknown[], extra: Record<string, unknown> = {}) =>
    justice.request<any>(
      REGISTER_COMMITTEE,
      {
        input: {
          id: randomUUID(),
          name: `和平路社区人民调解委员会-${randomUUID().slice(0, 6)}`,
          divisionCode: "150202001",
          members,
          ...extra,
        },
      },
      justiceOfficer(),
    );
  const lawful = () => [person("乌云", "FEMALE", "蒙古族"), person("王建国", "MALE", "汉族"), person("李明", "MALE", "汉族")];

  it("registers a lawful roster with the committee, in one step", async () => {
    const { data, errors } = await registerCommittee(lawful());
    expect(errors).toBeUndefined();
    expect(data.registerMediationCommittee).toMatchObject({ memberCount: 3, rosterIssues: [] });
    expect(data.registerMediationCommittee.members.map((m: { name: string }) => m.name).sort()).toEqual(["乌云", "李明", "王建国"].sort());
  });

  it.each([
    ["two members", () => lawful().slice(0, 2), ["TOO_FEW_MEMBERS"]],
    ["ten members", () => [...lawful(), ...lawful(), ...lawful(), person("巴图", "MALE", "蒙古族")], ["TOO_MANY_MEMBERS"]],
    ["no woman", () => [person("巴图", "MALE", "蒙古族"), person("王建国", "MALE", "汉族"), person("李明", "MALE", "汉族")], ["NO_WOMAN"]],
    [
      "no member of a smaller ethnic group",
      () => [person("王芳", "FEMALE", "汉族"), person("王建国", "MALE", "汉族"), person("李明", "MALE", "汉族")],
      ["NO_MINORITY_MEMBER"],
    ],
  ])(`refuses a roster with %s (人民调解法 art 9)`, async (_name, roster, issues) => {
    const { data, errors } = await registerCommittee(roster());
    expect(data).toBeNull();
    expect(errors?.[0]?.extensions).toMatchObject({ code: "REFUSED_BY_RULE", field: "input.members", rule: ART_9, issues });
    expect(errors?.[0]?.message).toMatch(BILINGUAL);
  });

  it(`accepts an all-汉族 roster where the area is not multi-ethnic, and refuses a minor member (人民调解法 art 14)`, async () => {
    const han = [person("王芳", "FEMALE", "汉族"), person("王建国", "MALE", "汉族"), person("李明", "MALE", "汉族")];
    expect((await registerCommittee(han, { multiEthnicArea: false })).errors).toBeUndefined();
    const withMinor = lawful();
    withMinor[1] = person("小明", "MALE", "汉族", { adultAttested: null, birthDate: `${new Date().getUTCFullYear() - 10}-01-01` });
    const { errors } = await registerCommittee(withMinor);
    expect(errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.members.1.birthDate", rule: ART_14 });
  });
});

describe(`mediators are adult citizens (人民调解法 art 14)`, () => {
  const today = new Date();
  const yearsAgo = (years: number, days = 0) => {
    const at = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate() + days, 12));
    return at.toISOString().slice(0, 10);
  };

  it("registers a mediator who turned 18 from the birth date, never showing it, or one the bureau attests is an adult", async () => {
    const committee = await seedCommittee(justice.server.db);
    const dated = await register(member(committee.id, { kind: "HIRED", adultAttested: null, birthDate: yearsAgo(18, -2) }));
    expect(dated.errors).toBeUndefined();
    expect(dated.data.registerMediator).toMatchObject({ adultAttested: false });
    const row = await justice.server.db.mediator.findUniqueOrThrow({ where: { id: dated.data.registerMediator.id } });
    expect(row.birthDate?.toISOString().slice(0, 10)).toBe(yearsAgo(18, -2));
    const attested = await register(member(committee.id, { kind: "HIRED" }));
    expect(attested.data.registerMediator).toMatchObject({ adultAttested: true });
  });

  it("refuses a minor by the birth date, and a mediator with neither a birth date nor an attestation", async () => {
    const committee = await seedCommittee(justice.server.db);
    const minor = await register(member(committee.id, { kind: "HIRED", birthDate: yearsAgo(18, 2) }));
    expect(minor.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.birthDate", rule: ART_14 });
    expect(minor.errors?.[0]?.message).toMatch(BILINGUAL);
    const unknown = await register(member(committee.id, { kind: "HIRED", adultAttested: null }));
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.birthDate", rule: ART_14 });
    const malformed = await register(member(committee.id, { kind: "HIRED", birthDate: "1990-02-30" }));
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "input.birthDate" });
  });
});
