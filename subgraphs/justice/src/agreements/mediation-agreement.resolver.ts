import { authorize, checkUuid, notFound, Officer, outOfScope } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type {
  AgreementSignature as SignatureRow,
  AgreementTerm as TermRow,
  MediationAgreement as AgreementRow,
  MediationCase as MediationCaseRow,
  Mediator as MediatorRow,
} from "../../generated/client";
import { MediationCase } from "../cases/mediation-case.type";
import type { JusticeContext } from "../context";
import { Mediator } from "../mediators/mediator.type";
import { AgreementSignature } from "./agreement-signature.type";
import { AgreementTerm } from "./agreement-term.type";
import { AgreementSigner } from "./enums";
import { MediationAgreement } from "./mediation-agreement.type";
import { SealAgreementInput } from "./seal-agreement.input";
import { SignAgreementInput } from "./sign-agreement.input";
import { sealAgreement, signAgreement } from "./sign-agreement";

@Resolver((_of) => MediationAgreement)
export class MediationAgreementResolver {
  @Query((_returns) => MediationAgreement, { description: "One mediation agreement by id" })
  async mediationAgreement(@Arg("id", (_type) => ID) id: string, @Ctx() context: JusticeContext): Promise<AgreementRow> {
    authorize(context, "mediationAgreement");
    checkUuid(id, "id");
    const found = await context.scoped.agreement.load(id);
    if (!found) throw outOfScope("MediationAgreement", id);
    return found;
  }

  @Mutation((_returns) => MediationAgreement, {
    description:
      "签署调解协议 Records a bound party's signature, seal or fingerprint, or the mediator's signature, on a written agreement; the last of these and the seal makes it EFFECTIVE (人民调解法 art 29)",
  })
  async signAgreement(
    @Arg("input", (_type) => SignAgreementInput) input: SignAgreementInput,
    @Ctx() context: JusticeContext,
  ): Promise<AgreementRow> {
    authorize(context, "signAgreement");
    const agreement = await signAgreement(context, input);
    context.log.info({ agreementId: agreement.id, signer: input.signer, status: agreement.status }, "mediation agreement signed");
    return agreement;
  }

  @Mutation((_returns) => MediationAgreement, {
    description:
      "加盖印章 Applies the committee's seal to a written agreement; with every signature recorded it becomes EFFECTIVE (人民调解法 art 29)",
  })
  async sealAgreement(
    @Arg("input", (_type) => SealAgreementInput) input: SealAgreementInput,
    @Ctx() context: JusticeContext,
  ): Promise<AgreementRow> {
    authorize(context, "sealAgreement");
    const agreement = await sealAgreement(context, input);
    context.log.info({ agreementId: agreement.id, status: agreement.status }, "mediation agreement sealed");
    return agreement;
  }

  @FieldResolver((_type) => [AgreementTerm], { description: "The terms, in the agreement's order" })
  async terms(@Root() row: AgreementRow, @Ctx() context: JusticeContext): Promise<TermRow[]> {
    return context.loaders.termsByAgreement.load(row.id);
  }

  @FieldResolver((_type) => [AgreementSignature], { description: "Signatures recorded so far, oldest first (written agreements)" })
  async signatures(@Root() row: AgreementRow, @Ctx() context: JusticeContext): Promise<SignatureRow[]> {
    return context.loaders.signaturesByAgreement.load(row.id);
  }

  @FieldResolver((_type) => [ID], {
    description: "Bound parties whose signature, seal or fingerprint is still missing (empty for an oral agreement)",
  })
  async unsignedPartyIds(@Root() row: AgreementRow, @Ctx() context: JusticeContext): Promise<string[]> {
    if (row.form === "ORAL") return [];
    const signed = new Set((await context.loaders.signaturesByAgreement.load(row.id)).map((signature) => signature.partyId));
    return row.partyIds.filter((partyId) => !signed.has(partyId));
  }

  @FieldResolver((_type) => Boolean, {
    description: "Whether the mediator has signed (always true for an oral agreement, which the mediator records)",
  })
  async mediatorSigned(@Root() row: AgreementRow, @Ctx() context: JusticeContext): Promise<boolean> {
    if (row.form === "ORAL") return true;
    return (await context.loaders.signaturesByAgreement.load(row.id)).some((signature) => signature.signer === AgreementSigner.MEDIATOR);
  }

  @FieldResolver((_type) => MediationCase, { description: "The mediation case that reached it" })
  async mediationCase(@Root() row: AgreementRow, @Ctx() context: JusticeContext): Promise<MediationCaseRow> {
    const found = await context.loaders.caseById.load(row.caseId);
    if (!found) throw notFound("MediationCase", row.caseId);
    return found;
  }

  @FieldResolver((_type) => Mediator, { description: "The mediator who signs (written) or records (oral) the agreement" })
  async mediator(@Root() row: AgreementRow, @Ctx() context: JusticeContext): Promise<MediatorRow> {
    const found = await context.loaders.mediatorById.load(row.mediatorId);
    if (!found) throw notFound("Mediator", row.mediatorId);
    return found;
  }

  @FieldResolver((_type) => Officer, { description: "Who recorded the agreement" })
  recordedBy(@Root() row: AgreementRow): Officer {
    return { id: row.recordedById, name: row.recordedByName };
  }

  @FieldResolver((_type) => Officer, { nullable: true, description: "Who applied the committee's seal" })
  sealedBy(@Root() row: AgreementRow): Officer | null {
    return row.sealedById && row.sealedByName ? { id: row.sealedById, name: row.sealedByName } : null;
  }
}
