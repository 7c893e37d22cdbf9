import type { FieldCipher } from "@hub/subgraph-kit";
import type { Person } from "../../generated/client";

/**
 * The decryption of each contact field in one place, one function per field, so that reads in
 * full (with their audit trail) and masked reads go through the same call.
 */
export function decryptPhone(cipher: FieldCipher, person: Pick<Person, "phoneCipher">): string | null {
  return person.phoneCipher ? cipher.decrypt(person.phoneCipher) : null;
}

export function decryptAddressDetail(cipher: FieldCipher, person: Pick<Person, "addressDetailCipher">): string | null {
  return person.addressDetailCipher ? cipher.decrypt(person.addressDetailCipher) : null;
}
