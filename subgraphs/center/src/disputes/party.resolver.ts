import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Party as PartyRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { maskResidentId } from "../persons/resident-id";
import { Party } from "./party.type";

@Resolver((_of) => Party)
export class PartyResolver {
  @FieldResolver((_type) => String, {
    nullable: true,
    description: "居民身份证号码（脱敏） The resident ID number, masked: region and last four characters only",
  })
  idNumberMasked(@Root() party: PartyRow, @Ctx() context: CenterContext): string | null {
    return party.idNumberCipher ? maskResidentId(context.cipher.decrypt(party.idNumberCipher)) : null;
  }
}
