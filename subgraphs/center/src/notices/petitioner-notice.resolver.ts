import { authorize } from "@hub/subgraph-kit";
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from "type-graphql";
import type { Dispute as DisputeRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Dispute } from "../disputes/dispute.type";
import { petitionerNoticeOf, recordPetitionerNotice } from "./petitioner-notice";
import { PetitionerNotice } from "./petitioner-notice.type";
import { RecordPetitionerNoticeInput } from "./record-petitioner-notice.input";

@Resolver((_of) => Dispute)
export class PetitionerNoticeResolver {
  @Mutation((_returns) => Dispute, { description: "书面告知 Record the written notice to the petitioner, once (信访工作条例 art 23)" })
  recordPetitionerNotice(
    @Arg("input", (_type) => RecordPetitionerNoticeInput) input: RecordPetitionerNoticeInput,
    @Ctx() context: CenterContext,
  ): Promise<DisputeRow> {
    authorize(context, "recordPetitionerNotice");
    return recordPetitionerNotice(context, input);
  }

  @FieldResolver((_type) => PetitionerNotice, {
    description: "书面告知 The written notice due within 15 days of receipt, and whether it was given (信访工作条例 art 23)",
  })
  petitionerNotice(@Root() dispute: DisputeRow, @Ctx() context: CenterContext): PetitionerNotice {
    return petitionerNoticeOf(context, dispute);
  }
}
