import { loaderById, loaderByParent } from "@hub/subgraph-kit";
import type { JusticeDb } from "./db";

/** Per-request loaders: every list field and reference lookup goes through one of these. */
export function createJusticeLoaders(db: JusticeDb) {
  return {
    eventsByDispute: loaderByParent(
      (ids) => db.eventLog.findMany({ where: { disputeId: { in: ids } }, orderBy: [{ disputeId: "asc" }, { seq: "asc" }] }),
      (row) => row.disputeId ?? "",
    ),
    committeeById: loaderById((ids) => db.mediationCommittee.findMany({ where: { id: { in: ids } } })),
    caseById: loaderById((ids) => db.mediationCase.findMany({ where: { id: { in: ids } } })),
    mediatorById: loaderById((ids) => db.mediator.findMany({ where: { id: { in: ids } } })),
    membersByCommittee: loaderByParent(
      (ids) =>
        db.mediator.findMany({
          where: { committeeId: { in: ids }, kind: "COMMITTEE_MEMBER" },
          orderBy: [{ committeeId: "asc" }, { name: "asc" }, { id: "asc" }],
        }),
      (row) => row.committeeId,
    ),
    sessionsByCase: loaderByParent(
      (ids) => db.mediationSession.findMany({ where: { caseId: { in: ids } }, orderBy: [{ caseId: "asc" }, { number: "asc" }] }),
      (row) => row.caseId,
    ),
    consentsByCase: loaderByParent(
      (ids) =>
        db.partyConsent.findMany({ where: { caseId: { in: ids } }, orderBy: [{ caseId: "asc" }, { recordedAt: "asc" }, { id: "asc" }] }),
      (row) => row.caseId,
    ),
    agreementById: loaderById((ids) => db.mediationAgreement.findMany({ where: { id: { in: ids } } })),
    /** At most one agreement per case (a unique index): the list has zero or one row. */
    agreementByCase: loaderByParent(
      (ids) => db.mediationAgreement.findMany({ where: { caseId: { in: ids } } }),
      (row) => row.caseId,
    ),
    termsByAgreement: loaderByParent(
      (ids) => db.agreementTerm.findMany({ where: { agreementId: { in: ids } }, orderBy: [{ agreementId: "asc" }, { position: "asc" }] }),
      (row) => row.agreementId,
    ),
    termById: loaderById((ids) => db.agreementTerm.findMany({ where: { id: { in: ids } } })),
    performancesByTerm: loaderByParent(
      (ids) => db.termPerformance.findMany({ where: { termId: { in: ids } }, orderBy: [{ termId: "asc" }, { seq: "asc" }] }),
      (row) => row.termId,
    ),
    urgingsByTerm: loaderByParent(
      (ids) => db.performanceUrging.findMany({ where: { termId: { in: ids } }, orderBy: [{ termId: "asc" }, { seq: "asc" }] }),
      (row) => row.termId,
    ),
    instalmentsByTerm: loaderByParent(
      (ids) => db.agreementInstalment.findMany({ where: { termId: { in: ids } }, orderBy: [{ termId: "asc" }, { number: "asc" }] }),
      (row) => row.termId,
    ),
    signaturesByAgreement: loaderByParent(
      (ids) =>
        db.agreementSignature.findMany({
          where: { agreementId: { in: ids } },
          orderBy: [{ agreementId: "asc" }, { signedAt: "asc" }, { id: "asc" }],
        }),
      (row) => row.agreementId,
    ),
  };
}

export type JusticeLoaders = ReturnType<typeof createJusticeLoaders>;
