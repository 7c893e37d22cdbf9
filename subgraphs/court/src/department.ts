import { defineDepartment, type DepartmentRunOptions } from "@hub/subgraph-kit";
import { resolveConfirmationApplicationReference } from "./applications/confirmation-application.reference";
import { ConfirmationApplicationResolver } from "./applications/confirmation-application.resolver";
import { ConfirmationLifecycleResolver } from "./applications/confirmation-lifecycle.resolver";
import { ConfirmationRecordResolver } from "./applications/confirmation-record.resolver";
import { ConfirmationTimelineResolver } from "./applications/confirmation-timeline.resolver";
import { courtDeadlines, type CourtDeadlines } from "./config/deadlines";
import { CourtDeadlineResolver } from "./config/court-deadline.resolver";
import { DEFAULT_INTERMEDIATE_FIRST_INSTANCE, type FirstInstanceRule } from "./config/first-instance";
import { courtContext, type CourtContext } from "./context";
import { resolveCourtReference } from "./courts/court.reference";
import { CourtResolver } from "./courts/court.resolver";
import { createCourtDb, type CourtDb } from "./db";
import { DisputeResolver } from "./disputes/dispute.resolver";
import { Dispute } from "./disputes/dispute.type";
import { readableSubjects } from "./access/readable-subjects";
import { ConfirmationProcedureResolver } from "./procedure/confirmation-procedure.resolver";
import { RulingChallengeResolver } from "./procedure/ruling-challenge.resolver";

export interface CourtServerOptions extends DepartmentRunOptions {
  env: DepartmentRunOptions["env"] & {
    deadlines?: CourtDeadlines;
    firstInstance?: FirstInstanceRule;
    COURT_OWN_CONCLUSION_LIMIT?: boolean;
  };
}

/** The court: courts, and applications for judicial confirmation with their procedure and challenges. */
export const court = defineDepartment<CourtDb, CourtContext, CourtServerOptions>({
  name: "court",
  modules: [
    { resolvers: [CourtResolver], references: { Court: { __resolveReference: resolveCourtReference } } },
    {
      resolvers: [ConfirmationApplicationResolver, ConfirmationTimelineResolver, ConfirmationLifecycleResolver, ConfirmationRecordResolver],
      references: { ConfirmationApplication: { __resolveReference: resolveConfirmationApplicationReference } },
    },
    { resolvers: [ConfirmationProcedureResolver, RulingChallengeResolver] },
    { resolvers: [CourtDeadlineResolver, DisputeResolver] },
  ],
  disputeExtension: {
    type: Dispute,
    description:
      "人民法院案卷记录 What the court did on this dispute's applications the caller may see (ConfirmationApplication scope, as at the root), oldest first (null only while the court subgraph cannot be reached)",
    events: (context) => context.loaders.eventsByDispute,
    readableSubjects,
  },
  feed: {
    description:
      "事件流 The court's events in commit-safe order, resumable from a cursor (hub and department systems only; see docs/events.md)",
  },
  database: createCourtDb,
  context: ({ db, graph, options: { env } }) =>
    courtContext(db, graph, {
      deadlines: env.deadlines ?? courtDeadlines.defaults,
      firstInstance: env.firstInstance ?? DEFAULT_INTERMEDIATE_FIRST_INSTANCE,
      ownConclusionLimit: env.COURT_OWN_CONCLUSION_LIMIT ?? false,
    }),
});

export const buildSchema = court.buildSchema;
export const createServer = court.createServer;
