import { Directive, Field, ID, ObjectType } from "type-graphql";

/** Owned by justice; the court only points at it. */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: "调解案件 A mediation case held by the justice bureau" })
export class MediationCase {
  @Field((_type) => ID)
  id!: string;
}
