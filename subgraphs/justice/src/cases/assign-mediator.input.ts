import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "指定或选定调解员 Who mediates the case (人民调解法 arts 19, 23)" })
export class AssignMediatorInput {
  @Field((_type) => ID)
  caseId!: string;

  @Field((_type) => ID, { description: "A registered mediator of the case's committee" })
  mediatorId!: string;

  @Field((_type) => Boolean, {
    description: "True when the parties chose the mediator (art 23), false when the committee assigned one (art 19)",
  })
  chosenByParties!: boolean;
}
