import { defineDepartment, type DepartmentRunOptions } from "@hub/subgraph-kit";
import { AgreementSignatureResolver } from "./agreements/agreement-signature.resolver";
import { AgreementTermResolver } from "./agreements/agreement-term.resolver";
import { resolveMediationAgreementReference } from "./agreements/mediation-agreement.reference";
import { MediationAgreementResolver } from "./agreements/mediation-agreement.resolver";
import { resolveMediationCaseReference } from "./cases/mediation-case.reference";
import { MediationCaseResolver } from "./cases/mediation-case.resolver";
import { MediationSessionResolver } from "./cases/mediation-session.resolver";
import { MediationStepsResolver } from "./cases/mediation-steps.resolver";
import { resolveMediationCommitteeReference } from "./committees/mediation-committee.reference";
import { MediationCommitteeResolver } from "./committees/mediation-committee.resolver";
import { justiceDeadlines, type JusticeDeadlines } from "./config/deadlines";
import { justiceContext, type JusticeContext } from "./context";
import { createJusticeDb, type JusticeDb } from "./db";
import { DisputeResolver } from "./disputes/dispute.resolver";
import { Dispute } from "./disputes/dispute.type";
import { readableSubjects } from "./access/readable-subjects";
import { resolveMediatorReference } from "./mediators/mediator.reference";
import { MediatorResolver } from "./mediators/mediator.resolver";
import { PerformanceResolver } from "./performance/performance.resolver";

export interface JusticeServerOptions extends DepartmentRunOptions {
  /** The mediation time limits (loadJusticeEnv reads them); the defaults of src/config/deadlines.ts when absent. */
  env: DepartmentRunOptions["env"] & { deadlines?: JusticeDeadlines };
}

/** The justice bureau: mediation committees and mediators, cases, agreements and their performance. */
export const justice = defineDepartment<JusticeDb, JusticeContext, JusticeServerOptions>({
  name: "justice",
  modules: [
    {
      resolvers: [MediationCommitteeResolver],
      references: { MediationCommittee: { __resolveReference: resolveMediationCommitteeReference } },
    },
    { resolvers: [MediatorResolver], references: { Mediator: { __resolveReference: resolveMediatorReference } } },
    {
      resolvers: [MediationCaseResolver, MediationStepsResolver, MediationSessionResolver],
      references: { MediationCase: { __resolveReference: resolveMediationCaseReference } },
    },
    {
      resolvers: [MediationAgreementResolver, AgreementSignatureResolver, AgreementTermResolver, PerformanceResolver],
      references: { MediationAgreement: { __resolveReference: resolveMediationAgreementReference } },
    },
    { resolvers: [DisputeResolver] },
  ],
  disputeExtension: {
    type: Dispute,
    description:
      "司法局案卷记录 What the justice bureau's committees did on this dispute's mediation cases the caller may see (MediationCase scope, as at the root), oldest first (null only while the justice subgraph cannot be reached)",
    events: (context) => context.loaders.eventsByDispute,
    readableSubjects,
  },
  feed: {
    description:
      "事件流 The justice's events in commit-safe order, resumable from a cursor (hub and department systems only; see docs/events.md)",
  },
  database: createJusticeDb,
  context: ({ db, graph, options: { env } }) => justiceContext({ db, graph, deadlines: env.deadlines ?? justiceDeadlines.defaults }),
});

export const buildSchema = justice.buildSchema;
export const createServer = justice.createServer;
