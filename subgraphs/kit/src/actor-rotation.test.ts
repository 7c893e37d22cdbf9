import { acceptedSecrets, Audience, signActor, verifyActor, type Actor } from "./actor";

const OLD = "the-secret-being-retired-0123456789abcdef";
const NEW = "the-secret-rolled-out-now-0123456789abcdef";
const officer: Actor = {
  userId: "u-1",
  name: "王受理",
  organisationId: null,
  department: "CENTER",
  jurisdictionCode: "150202",
  roles: ["CENTRE_OFFICER"],
};

describe("rotating the gateway secret", () => {
  it("accepts a credential signed with the previous secret while it is configured", async () => {
    const token = await signActor(officer, OLD, "r-1");
    await expect(verifyActor(token, acceptedSecrets(NEW, OLD))).resolves.toEqual(officer);
    await expect(verifyActor(await signActor(officer, NEW, "r-2"), acceptedSecrets(NEW, OLD))).resolves.toEqual(officer);
  });

  it("refuses it once the previous secret is removed", async () => {
    const token = await signActor(officer, OLD, "r-1");
    await expect(verifyActor(token, acceptedSecrets(NEW))).rejects.toThrow();
    await expect(verifyActor(token, acceptedSecrets(NEW, undefined))).rejects.toThrow();
  });

  it("still checks the audience with either secret", async () => {
    const token = await signActor(officer, OLD, "r-1", Audience.GATEWAY);
    await expect(verifyActor(token, acceptedSecrets(NEW, OLD), Audience.SUBGRAPH)).rejects.toThrow();
  });

  it("refuses a credential signed with neither", async () => {
    const token = await signActor(officer, "some-other-secret-that-is-long-enough-000", "r-1");
    await expect(verifyActor(token, acceptedSecrets(NEW, OLD))).rejects.toThrow();
  });

  it("lists one secret when the previous equals the current or is unset", () => {
    expect(acceptedSecrets(NEW, NEW)).toEqual([NEW]);
    expect(acceptedSecrets(NEW, "")).toEqual([NEW]);
  });
});
