import { GraphQLDateTime } from "graphql-scalars";
import { Directive, Field, ID, ObjectType, registerEnumType } from "type-graphql";
import { DEPARTMENT_ZH } from "@hub/contract";
import { Department } from "./actor";
import { Officer } from "./officer.type";

registerEnumType(Department.enum, {
  name: "Department",
  description: "部门 The department that acted",
  valuesConfig: Object.fromEntries(Department.options.map((department) => [department, { description: DEPARTMENT_ZH[department] }])),
});

/** One entry of a dispute's case file: something a department did, when, and who did it. */
@Directive("@shareable")
@ObjectType({ description: "案卷记录 One step in a dispute's story: what a department did, when and who did it" })
export class CaseEvent {
  @Field((_type) => ID)
  id!: string;

  @Field((_type) => GraphQLDateTime)
  at!: Date;

  @Field((_type) => Department.enum)
  department!: Department;

  @Field((_type) => String, { description: "Stable event type, e.g. dispute.received, mediation.accepted, confirmation.ruled" })
  type!: string;

  @Field((_type) => String, { description: "One line a clerk can read (Chinese)" })
  summary!: string;

  @Field((_type) => Officer)
  actor!: Officer;

  @Field((_type) => String, { description: "The kind of record the step concerns, e.g. MediationCase" })
  subjectType!: string;

  @Field((_type) => ID)
  subjectId!: string;
}
