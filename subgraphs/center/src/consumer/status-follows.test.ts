import { statusFollowing } from "./status-follows";

const at = new Date("2026-11-20T08:00:00Z");
const follow = (source: "JUSTICE" | "COURT" | "PROCURATORATE" | "CENTER", type: string, payload: Record<string, unknown> = {}) =>
  statusFollowing({ source, type, occurredAt: at, payload });

describe("the dispute's status follows the departments", () => {
  it("maps mediation and rulings", () => {
    expect(follow("JUSTICE", "mediation.accepted")).toEqual({ to: "IN_MEDIATION" });
    expect(follow("JUSTICE", "mediation.agreement_effective", { effectiveAt: "2026-11-19T00:00:00.000Z" })).toEqual({
      to: "RESOLVED",
      resolvedAt: new Date("2026-11-19T00:00:00.000Z"),
    });
    expect(follow("JUSTICE", "mediation.agreement_effective")).toEqual({ to: "RESOLVED", resolvedAt: at });
    for (const type of ["mediation.failed", "mediation.party_refused", "mediation.ended_at_party_request"]) {
      expect(follow("JUSTICE", type)).toEqual({ to: "IN_HANDLING" });
    }
    expect(follow("COURT", "confirmation.ruled", { outcome: "VALID" })).toEqual({ to: "RESOLVED" });
    expect(follow("COURT", "confirmation.ruled", { outcome: "REJECTED" })).toEqual({
      to: "IN_HANDLING",
      remedies: { routes: ["REMEDIATE", "SUE"], rule: "民事诉讼法 art 206" },
    });
  });

  it("takes a dispute back to handling when the ruling confirming its agreement is revoked (民诉法解释 372), the parties free to re-mediate or sue", () => {
    expect(follow("COURT", "confirmation.ruling_revoked", { revokedOutcome: "VALID", status: "RULING_REVOKED" })).toEqual({
      to: "IN_HANDLING",
      remedies: { routes: ["REMEDIATE", "SUE"], rule: "民诉法解释 372; 民事诉讼法 art 206" },
    });
    // A revoked rejection does not resolve the dispute: the agreement may be filed again.
    expect(follow("COURT", "confirmation.ruling_revoked", { revokedOutcome: "REJECTED" })).toBeNull();
    // An objection dismissed leaves the ruling, and the status, as they were.
    expect(follow("COURT", "confirmation.objection_decided", { outcome: "RULING_UPHELD" })).toBeNull();
    expect(follow("JUSTICE", "confirmation.ruling_revoked", { revokedOutcome: "VALID" })).toBeNull();
  });

  it("leaves the status alone for other events and for a type from the wrong department", () => {
    expect(follow("JUSTICE", "mediation.session_held")).toBeNull();
    expect(follow("PROCURATORATE", "supervision.opened")).toBeNull();
    expect(follow("COURT", "mediation.accepted")).toBeNull();
  });
});
