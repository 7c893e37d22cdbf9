import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Person as PersonRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { Person } from "./person.type";
import { maskResidentId } from "./resident-id";

@Resolver((_of) => Person)
export class PersonResolver {
  @FieldResolver((_type) => String, { description: "居民身份证号码（脱敏） Masked: region and last four characters only" })
  idNumberMasked(@Root() person: PersonRow, @Ctx() context: CenterContext): string {
    return maskResidentId(context.cipher.decrypt(person.idNumberCipher));
  }

  @FieldResolver((_type) => String, { nullable: true, description: "出生日期 YYYY-MM-DD, derived from the ID number" })
  birthDate(@Root() person: PersonRow): string | null {
    return person.birthDate ? person.birthDate.toISOString().slice(0, 10) : null;
  }
}
