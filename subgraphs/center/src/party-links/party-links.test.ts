import { linksBetween } from "./party-links";

const party = (id: string, role: string, extra: Partial<Parameters<typeof linksBetween>[0][number]> = {}) => ({
  id,
  role,
  personId: `person-${id}`,
  agentPersonId: null,
  phoneIndex: null,
  addressIndex: null,
  ...extra,
});

describe("links between parties on opposite sides", () => {
  it("finds a shared phone, address and agent, and an agent who is the other side", () => {
    expect(
      linksBetween([
        party("a", "APPLICANT", { phoneIndex: "p1", addressIndex: "x1", agentPersonId: "lawyer" }),
        party("b", "RESPONDENT", { phoneIndex: "p1", addressIndex: "x1", agentPersonId: "lawyer" }),
        party("c", "RESPONDENT", { agentPersonId: "person-a" }),
      ]).map((link) => `${link.kind}:${link.partyA}-${link.partyB}`),
    ).toEqual(["SHARED_PHONE:a-b", "SHARED_ADDRESS:a-b", "SHARED_AGENT:a-b", "SHARED_AGENT:a-c"]);
  });

  it("ignores parties on the same side, third parties and values nobody gave", () => {
    expect(
      linksBetween([
        party("a", "APPLICANT", { phoneIndex: "p1" }),
        party("b", "APPLICANT", { phoneIndex: "p1" }),
        party("c", "THIRD_PARTY", { phoneIndex: "p1" }),
        party("d", "RESPONDENT"),
      ]),
    ).toEqual([]);
  });
});
