import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Division as DivisionRow, Person as PersonRow } from "../../generated/client";
import type { CenterContext } from "../context";
import { pathCodes } from "../divisions/division-code";
import { Division } from "../divisions/division.type";
import { maskAddressDetail } from "./address";
import { decryptAddressDetail, decryptPhone } from "./contact-fields";
import { maskPhone } from "./phone";
import { Person } from "./person.type";
import { maskResidentId } from "./resident-id";

@Resolver((_of) => Person)
export class PersonResolver {
  @FieldResolver((_type) => String, { description: "居民身份证号码（脱敏） Masked: region and last four characters only" })
  idNumberMasked(@Root() person: PersonRow, @Ctx() context: CenterContext): string {
    return maskResidentId(context.cipher.decrypt(person.idNumberCipher));
  }

  @FieldResolver((_type) => String, { nullable: true, description: "电话（脱敏） The newest phone, masked: 138****5678, 0471-***1234" })
  phoneMasked(@Root() person: PersonRow, @Ctx() context: CenterContext): string | null {
    const phone = decryptPhone(context.cipher, person);
    return phone === null ? null : maskPhone(phone);
  }

  @FieldResolver((_type) => Division, { nullable: true, description: "住址所在旗县区或乡镇 The county or township of the newest address" })
  async addressDivision(@Root() person: PersonRow, @Ctx() context: CenterContext): Promise<DivisionRow | null> {
    return person.addressDivisionCode ? context.loaders.divisionByCode.load(person.addressDivisionCode) : null;
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    description: "住址（脱敏） The newest address: the division names in full, the detail masked",
  })
  async addressMasked(@Root() person: PersonRow, @Ctx() context: CenterContext): Promise<string | null> {
    const detail = decryptAddressDetail(context.cipher, person);
    if (detail === null || !person.addressDivisionCode) return null;
    const path = await context.loaders.divisionByCode.loadMany(pathCodes(person.addressDivisionCode));
    const names = path.map((division) => (division && !(division instanceof Error) ? division.name : "")).join("");
    return `${names}${maskAddressDetail(detail)}`;
  }

  @FieldResolver((_type) => String, { nullable: true, description: "出生日期 YYYY-MM-DD, derived from the ID number" })
  birthDate(@Root() person: PersonRow): string | null {
    return person.birthDate ? person.birthDate.toISOString().slice(0, 10) : null;
  }
}
