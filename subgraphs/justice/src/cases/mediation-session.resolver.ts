import { Officer } from "@hub/subgraph-kit";
import { FieldResolver, Resolver, Root } from "type-graphql";
import type { MediationSession as SessionRow } from "../../generated/client";
import { MediationSession } from "./mediation-session.type";
import { PoliceReferral } from "./police-referral.type";

@Resolver((_of) => MediationSession)
export class MediationSessionResolver {
  @FieldResolver((_type) => PoliceReferral, {
    nullable: true,
    description: "Set when a risk was reported to the police (人民调解法 art 25)",
  })
  policeReferral(@Root() row: SessionRow): PoliceReferral | null {
    if (!row.policeReportedAt || !row.policeReferralReason) return null;
    return { reportedAt: row.policeReportedAt, reason: row.policeReferralReason };
  }

  @FieldResolver((_type) => Officer, { description: "Who recorded the session" })
  recordedBy(@Root() row: SessionRow): Officer {
    return { id: row.recordedById, name: row.recordedByName };
  }
}
