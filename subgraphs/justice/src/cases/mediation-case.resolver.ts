import { checkUuid, notFound, Officer, requireRole, requireSignedIn } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { MediationCase as MediationCaseRow } from "../../generated/client";
import { MediationCommittee } from "../committees/mediation-committee.type";
import type { JusticeContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { acceptMediationCase } from "./accept-mediation-case";
import { AcceptMediationCaseInput } from "./accept-mediation-case.input";
import { MediationCase } from "./mediation-case.type";

@Resolver((_of) => MediationCase)
export class MediationCaseResolver {
  @Query((_returns) => MediationCase, { description: "One mediation case by id" })
  async mediationCase(@Arg("id", (_type) => ID) id: string, @Ctx() context: JusticeContext): Promise<MediationCaseRow> {
    requireSignedIn(context);
    checkUuid(id, "id");
    const found = await context.loaders.caseById.load(id);
    if (!found) throw notFound("MediationCase", id);
    return found;
  }

  @Mutation((_returns) => MediationCase, { description: "受理调解 A mediation committee accepts a dispute for people's mediation" })
  async acceptMediationCase(
    @Arg("input", (_type) => AcceptMediationCaseInput) input: AcceptMediationCaseInput,
    @Ctx() context: JusticeContext,
  ): Promise<MediationCaseRow> {
    requireRole(context, ["MEDIATOR", "JUSTICE_OFFICER"], "acceptMediationCase");
    const accepted = await acceptMediationCase(context.db, context.loaders, context.actor, input);
    context.log.info(
      { mediationCaseId: accepted.id, disputeId: accepted.disputeId, committeeId: accepted.committeeId },
      "mediation case accepted",
    );
    return accepted;
  }

  @FieldResolver((_type) => Dispute, {
    nullable: true,
    description: "The dispute being mediated (null only while the centre cannot be reached)",
  })
  dispute(@Root() row: MediationCaseRow): Dispute {
    return { id: row.disputeId };
  }

  @FieldResolver((_type) => MediationCommittee, { description: "The committee mediating it" })
  async committee(@Root() row: MediationCaseRow, @Ctx() context: JusticeContext): Promise<MediationCommittee> {
    const committee = await context.loaders.committeeById.load(row.committeeId);
    if (!committee) throw notFound("MediationCommittee", row.committeeId);
    return committee;
  }

  @FieldResolver((_type) => Officer, { description: "受理人 Officer who accepted the case" })
  acceptedBy(@Root() row: MediationCaseRow): Officer {
    return { id: row.acceptedById, name: row.acceptedByName };
  }
}
