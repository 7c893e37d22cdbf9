import { FieldResolver, ID, Resolver, Root } from "type-graphql";
import type { SupervisionCase as SupervisionCaseRow } from "../../generated/client";
import { SupervisionLeadKind } from "../supervision-cases/enums";
import { SupervisionCase } from "../supervision-cases/supervision-case.type";
import { ConfirmationApplication, MediationAgreement } from "./external-records.type";

/** Where an own-motion case came from: the ruling or agreement recorded when it was opened. */
@Resolver((_of) => SupervisionCase)
export class SupervisionCaseLeadResolver {
  @FieldResolver((_type) => SupervisionLeadKind, {
    nullable: true,
    description: "线索来源 What the case was opened from; null when opened on a dispute directly",
  })
  leadKind(@Root() row: SupervisionCaseRow): SupervisionLeadKind | null {
    return row.leadKind;
  }

  @FieldResolver((_type) => ID, { nullable: true, description: "The ConfirmationApplication or MediationAgreement id it was opened from" })
  leadId(@Root() row: SupervisionCaseRow): string | null {
    return row.leadId;
  }

  @FieldResolver((_type) => ConfirmationApplication, {
    nullable: true,
    description: "The ruling it was opened from, as the court holds it",
  })
  sourceConfirmationApplication(@Root() row: SupervisionCaseRow): ConfirmationApplication | null {
    return row.leadKind === "CONFIRMATION_RULING" && row.leadId ? { id: row.leadId } : null;
  }

  @FieldResolver((_type) => MediationAgreement, { nullable: true, description: "The agreement it was opened from, as justice holds it" })
  sourceMediationAgreement(@Root() row: SupervisionCaseRow): MediationAgreement | null {
    return row.leadKind === "MEDIATION_AGREEMENT" && row.leadId ? { id: row.leadId } : null;
  }
}
