import {
  CaseEvent,
  loadForMatter,
  requireAccessGrant,
  REQUIRES_CENTRE_FIELDS,
  toCaseEvent,
  visibleEventsOfMatter,
} from "@hub/subgraph-kit";
import { Ctx, Directive, FieldResolver, Resolver, Root } from "type-graphql";
import { readableSubjects } from "../access/readable-subjects";
import type { ConfirmationApplication as ApplicationRow } from "../../generated/client";
import { ConfirmationApplication } from "../applications/confirmation-application.type";
import type { CourtContext } from "../context";
import { Dispute } from "./dispute.type";

@Resolver((_of) => Dispute)
export class DisputeResolver {
  @Directive(REQUIRES_CENTRE_FIELDS)
  @FieldResolver((_type) => [ConfirmationApplication], {
    nullable: true,
    description:
      "司法确认申请 Applications to confirm this dispute's mediation agreements that the caller may see (ConfirmationApplication scope, as at the root), newest first (null only while the court subgraph cannot be reached)",
  })
  async confirmationApplications(@Root() dispute: Dispute, @Ctx() context: CourtContext): Promise<ApplicationRow[]> {
    requireAccessGrant(dispute, context);
    const applications = await loadForMatter(
      context.scoped.applicationsByDispute,
      dispute,
      (a, b) => b.filedAt.getTime() - a.filedAt.getTime() || b.id.localeCompare(a.id),
    );
    for (const application of applications) context.loaders.applicationById.prime(application.id, application);
    return applications;
  }

  @Directive(REQUIRES_CENTRE_FIELDS)
  @FieldResolver((_type) => [CaseEvent], {
    nullable: true,
    description:
      "人民法院案卷记录 What the court did on this dispute's applications the caller may see (ConfirmationApplication scope, as at the root), oldest first (null only while the court subgraph cannot be reached)",
  })
  async courtEvents(@Root() dispute: Dispute, @Ctx() context: CourtContext): Promise<CaseEvent[]> {
    requireAccessGrant(dispute, context);
    return (
      await visibleEventsOfMatter(
        context.loaders.eventsByDispute,
        dispute,
        (a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || Number(a.seq - b.seq),
        readableSubjects(context, dispute),
      )
    ).map((row) => toCaseEvent("COURT", row));
  }
}
