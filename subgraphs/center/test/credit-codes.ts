import { creditCheckCharacter, organisationCodeCheckCharacter } from "../src/organisations/credit-code";

const CODE_SET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** A valid unified social credit code of an enterprise registered in 包头市东河区 that no other test uses. */
export function uniqueCreditCode(): string {
  const body = Array.from({ length: 8 }, () => CODE_SET.charAt(Math.floor(Math.random() * CODE_SET.length))).join("");
  const first17 = `91150202${body}${organisationCodeCheckCharacter(body)}`;
  return first17 + creditCheckCharacter(first17);
}
