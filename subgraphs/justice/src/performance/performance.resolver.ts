import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import type { AgreementTerm as TermRow } from "../../generated/client";
import { AgreementTerm } from "../agreements/agreement-term.type";
import type { JusticeContext } from "../context";
import { RecordTermPerformanceInput, UrgePerformanceInput } from "./performance.inputs";
import { overdueTerms, recordTermPerformance, urgePerformance } from "./supervise-performance";

@Resolver()
export class PerformanceResolver {
  @Mutation((_returns) => AgreementTerm, {
    description:
      "记录履行情况 Records how a term of an agreement in effect stands (performed, partly, not) and on which day; the committee or the bureau over it (人民调解法 art 31)",
  })
  async recordTermPerformance(
    @Arg("input", (_type) => RecordTermPerformanceInput) input: RecordTermPerformanceInput,
    @Ctx() context: JusticeContext,
  ): Promise<TermRow> {
    authorize(context, "recordTermPerformance");
    return recordTermPerformance(context, input);
  }

  @Mutation((_returns) => AgreementTerm, {
    description: "督促履行 Records that the committee urged the obligor to perform a term not yet performed (人民调解法 art 31)",
  })
  async urgePerformance(
    @Arg("input", (_type) => UrgePerformanceInput) input: UrgePerformanceInput,
    @Ctx() context: JusticeContext,
  ): Promise<TermRow> {
    authorize(context, "urgePerformance");
    return urgePerformance(context, input);
  }

  @Query((_returns) => [AgreementTerm], {
    description:
      "逾期未履行 Terms of the committee's agreements in effect whose deadline has passed without full performance recorded, oldest deadline first (人民调解法 art 31)",
  })
  async overduePerformance(
    @Arg("committeeId", (_type) => ID) committeeId: string,
    @Arg("first", (_type) => Int, { defaultValue: 100, description: "1 to 500" }) first: number,
    @Ctx() context: JusticeContext,
  ): Promise<TermRow[]> {
    authorize(context, "overduePerformance");
    return overdueTerms(context, committeeId, first);
  }
}
