import { mayRevealPersonalData } from "@hub/subgraph-kit";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Division as DivisionRow, Person as PersonRow } from "../../generated/client";
import { contactShown } from "../access/scoped-loaders";
import type { CenterContext } from "../context";
import { pathCodes } from "../divisions/division-code";
import { Division } from "../divisions/division.type";
import { maskAddressDetail } from "./address";
import { decryptAddressDetail, decryptPhone } from "./contact-fields";
import { maskPhone } from "./phone";
import { Person, PersonGender } from "./person.type";
import { ageBand, maskResidentId } from "./resident-id";

/** Why a contact field may be null although one is stored (PersonContactSource). */
const SOURCED = "Null unless it was submitted on a dispute in the caller's scope: never what another centre recorded elsewhere";

@Resolver((_of) => Person)
export class PersonResolver {
  @FieldResolver((_type) => String, { description: "居民身份证号码（脱敏） Masked: the address code only (150102************)" })
  idNumberMasked(@Root() person: PersonRow, @Ctx() context: CenterContext): string {
    return maskResidentId(context.cipher.decrypt(person.idNumberCipher));
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    description: `电话（脱敏） The newest phone, masked: 138****5678, 0471-***1234. ${SOURCED}`,
  })
  async phoneMasked(@Root() person: PersonRow, @Ctx() context: CenterContext): Promise<string | null> {
    if (!(await contactShown(context.scoped, person.id, "PHONE"))) return null;
    const phone = decryptPhone(context.cipher, person);
    return phone === null ? null : maskPhone(phone);
  }

  @FieldResolver((_type) => Division, {
    nullable: true,
    description: `住址所在旗县区或乡镇 The county or township of the newest address. ${SOURCED}`,
  })
  async addressDivision(@Root() person: PersonRow, @Ctx() context: CenterContext): Promise<DivisionRow | null> {
    if (!person.addressDivisionCode || !(await contactShown(context.scoped, person.id, "ADDRESS"))) return null;
    return context.loaders.divisionByCode.load(person.addressDivisionCode);
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    description: `住址（脱敏） The newest address: the division names in full, the detail masked. ${SOURCED}`,
  })
  async addressMasked(@Root() person: PersonRow, @Ctx() context: CenterContext): Promise<string | null> {
    if (!(await contactShown(context.scoped, person.id, "ADDRESS"))) return null;
    const detail = decryptAddressDetail(context.cipher, person);
    if (detail === null || !person.addressDivisionCode) return null;
    const path = await context.loaders.divisionByCode.loadMany(pathCodes(person.addressDivisionCode));
    const names = path.map((division) => (division && !(division instanceof Error) ? division.name : "")).join("");
    return `${names}${maskAddressDetail(detail)}`;
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    description:
      "出生日期 YYYY-MM-DD, derived from the ID number; only to roles that may read personal data in full (REVEAL_RULES), null otherwise",
  })
  birthDate(@Root() person: PersonRow, @Ctx() context: CenterContext): string | null {
    if (!mayRevealPersonalData(context.actor.roles)) return null;
    return person.birthDate ? person.birthDate.toISOString().slice(0, 10) : null;
  }

  @FieldResolver((_type) => PersonGender, {
    nullable: true,
    description: "性别 From the ID number; only to roles that may read personal data in full (REVEAL_RULES), null otherwise",
  })
  gender(@Root() person: PersonRow, @Ctx() context: CenterContext): PersonGender | null {
    return mayRevealPersonalData(context.actor.roles) ? person.gender : null;
  }

  @FieldResolver((_type) => String, {
    nullable: true,
    description: '年龄段 Ten-year age band today ("30-39", "100+"), shown to every role that may read the party',
  })
  ageBand(@Root() person: PersonRow, @Ctx() context: CenterContext): string | null {
    return person.birthDate ? ageBand(person.birthDate, context.now) : null;
  }
}
