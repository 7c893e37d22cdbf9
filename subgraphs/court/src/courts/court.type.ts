import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType } from "type-graphql";
import { CaseNumberSource } from "./case-number-source";
import { CourtLevel } from "./court-level";

@Directive('@key(fields: "id")')
@ObjectType({ description: "人民法院 A people's court that confirms mediation agreements" })
export class Court {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => String)
  name!: string;

  @Field((_type) => CourtLevel)
  level!: CourtLevel;

  @Field((_type) => String, { description: "法院代字 The court's code in case numbers: 内 (high), 内02 (intermediate), 内0202 (basic)" })
  caseCode!: string;

  @Field((_type) => CaseNumberSource, { description: "案号来源 Who issues its 民特 case numbers" })
  caseNumbers!: CaseNumberSource;

  @Field((_type) => String, { description: "Division code of the area the court serves" })
  divisionCode!: string;

  @Field((_type) => GraphQLDateTime)
  createdAt!: Date;
}
