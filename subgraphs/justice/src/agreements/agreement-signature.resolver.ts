import { Officer } from "@hub/subgraph-kit";
import { FieldResolver, Resolver, Root } from "type-graphql";
import type { AgreementSignature as SignatureRow } from "../../generated/client";
import { AgreementSignature } from "./agreement-signature.type";

@Resolver((_of) => AgreementSignature)
export class AgreementSignatureResolver {
  @FieldResolver((_type) => Officer, { description: "Who recorded the signature" })
  recordedBy(@Root() row: SignatureRow): Officer {
    return { id: row.recordedById, name: row.recordedByName };
  }
}
