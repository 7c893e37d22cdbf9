import { GraphQLDateTime } from "graphql-scalars";
import { Field, ID, InputType } from "type-graphql";
import { ObjectorKind } from "./procedure-enums";

@InputType({ description: "提出异议 Register an objection to the ruling (民诉法解释 372)" })
export class FileRulingObjectionInput {
  @Field((_type) => ID)
  applicationId!: string;

  @Field((_type) => ObjectorKind)
  objectorKind!: ObjectorKind;

  @Field((_type) => ID, {
    nullable: true,
    description: "The objecting applicant (the centre's Party id): required for PARTY, refused otherwise",
  })
  partyId?: string | null;

  @Field((_type) => String, { nullable: true, description: "The interested person's name: required for INTERESTED_PERSON" })
  objectorName?: string | null;

  @Field((_type) => GraphQLDateTime, {
    nullable: true,
    description: "When the interested person learned (or should have learned) of the harm: required for INTERESTED_PERSON",
  })
  learnedOfHarmAt?: Date | null;

  @Field((_type) => String, { description: "异议理由" })
  grounds!: string;
}
