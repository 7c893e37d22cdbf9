import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by the court; the procuratorate only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "司法确认申请 A judicial-confirmation application held by the court" })
export class ConfirmationApplication {
  @Field((_type) => ID)
  id!: string;
}

/** Owned by justice; the procuratorate only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "人民调解协议 A mediation agreement held by the justice bureau" })
export class MediationAgreement {
  @Field((_type) => ID)
  id!: string;
}
