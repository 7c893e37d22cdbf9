import { Field, ID, InputType } from "type-graphql";
import { ExpertLibrary, Gender } from "../mediators/enums";

@InputType({ description: "委员 One member of a committee registered with its roster (人民调解法 arts 9, 14)" })
export class CommitteeMemberInput {
  @Field((_type) => ID, { description: "Caller-chosen id (UUID) of the mediator record" })
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => Gender, { nullable: true })
  gender?: Gender | null;

  @Field((_type) => String, { nullable: true, description: "民族, e.g. 蒙古族" })
  ethnicity?: string | null;

  @Field((_type) => String, { nullable: true, description: "出生日期 YYYY-MM-DD (art 14); stored, never shown" })
  birthDate?: string | null;

  @Field((_type) => Boolean, { nullable: true, description: "The bureau attests the member is an adult, where no birth date is given" })
  adultAttested?: boolean | null;

  @Field((_type) => [ExpertLibrary], { nullable: true, description: "The expert libraries (四库) the member joins" })
  libraries?: ExpertLibrary[] | null;

  @Field((_type) => String, { nullable: true, description: "The city or county justice bureau that trained the member (art 14)" })
  trainedByDivisionCode?: string | null;
}
