import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { AgreementInstalment as InstalmentRow, AgreementTerm as TermRow } from "../../generated/client";
import type { JusticeContext } from "../context";
import { AgreementInstalment } from "./agreement-instalment.type";
import { AgreementTerm } from "./agreement-term.type";

@Resolver((_of) => AgreementTerm)
export class AgreementTermResolver {
  @FieldResolver((_type) => [AgreementInstalment], {
    description: "分期履行 The instalments, in order (empty when the term is performed at once); the last one's deadline is the term's",
  })
  async instalments(@Root() row: TermRow, @Ctx() context: JusticeContext): Promise<InstalmentRow[]> {
    return context.loaders.instalmentsByTerm.load(row.id);
  }
}
