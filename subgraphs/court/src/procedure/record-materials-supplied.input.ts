import { Field, ID, InputType } from "type-graphql";

@InputType({ description: "补交材料 The materials ordered were supplied" })
export class RecordMaterialsSuppliedInput {
  @Field((_type) => ID)
  applicationId!: string;
}
