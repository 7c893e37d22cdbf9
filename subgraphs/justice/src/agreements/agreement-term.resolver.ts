import { notFound, type Officer } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type {
  AgreementInstalment as InstalmentRow,
  AgreementTerm as TermRow,
  MediationAgreement as AgreementRow,
  PerformanceUrging as UrgingRow,
  TermPerformance as PerformanceRow,
} from "../../generated/client";
import type { JusticeContext } from "../context";
import { PerformanceStatus } from "../performance/enums";
import { PerformanceUrging } from "../performance/performance-urging.type";
import { TermPerformance } from "../performance/term-performance.type";
import { AgreementInstalment } from "./agreement-instalment.type";
import { AgreementTerm } from "./agreement-term.type";
import { AgreementStatus } from "./enums";
import { MediationAgreement } from "./mediation-agreement.type";

type Recorded<T> = T & { recordedBy: Officer };
const withOfficer = <T extends { recordedById: string; recordedByName: string }>(row: T): Recorded<T> => ({
  ...row,
  recordedBy: { id: row.recordedById, name: row.recordedByName },
});

@Resolver((_of) => AgreementTerm)
export class AgreementTermResolver {
  @FieldResolver((_type) => [AgreementInstalment], {
    description: "分期履行 The instalments, in order (empty when the term is performed at once); the last one's deadline is the term's",
  })
  async instalments(@Root() row: TermRow, @Ctx() context: JusticeContext): Promise<InstalmentRow[]> {
    return context.loaders.instalmentsByTerm.load(row.id);
  }

  @FieldResolver((_type) => [TermPerformance], { description: "履行情况记录 The performance records, oldest first (人民调解法 art 31)" })
  async performances(@Root() row: TermRow, @Ctx() context: JusticeContext): Promise<Recorded<PerformanceRow>[]> {
    return (await context.loaders.performancesByTerm.load(row.id)).map(withOfficer);
  }

  @FieldResolver((_type) => [PerformanceUrging], {
    description: "督促履行 The committee's urgings to perform, oldest first (人民调解法 art 31)",
  })
  async urgings(@Root() row: TermRow, @Ctx() context: JusticeContext): Promise<Recorded<UrgingRow>[]> {
    return (await context.loaders.urgingsByTerm.load(row.id)).map(withOfficer);
  }

  @FieldResolver((_type) => Boolean, {
    description: "逾期未履行 The agreement is in effect, the deadline has passed and full performance is not recorded (人民调解法 art 31)",
  })
  async overdue(@Root() row: TermRow, @Ctx() context: JusticeContext): Promise<boolean> {
    if (row.deadline >= context.now || row.performanceStatus === PerformanceStatus.PERFORMED) return false;
    return (await context.loaders.agreementById.load(row.agreementId))?.status === AgreementStatus.EFFECTIVE;
  }

  @FieldResolver((_type) => MediationAgreement, { description: "The agreement the term belongs to" })
  async agreement(@Root() row: TermRow, @Ctx() context: JusticeContext): Promise<AgreementRow> {
    const found = await context.loaders.agreementById.load(row.agreementId);
    if (!found) throw notFound("MediationAgreement", row.agreementId);
    return found;
  }
}
