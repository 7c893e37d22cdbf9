import type { FieldCipher } from "@hub/subgraph-kit";
import type { Person as PersonRow } from "../../generated/client";
import { decryptAddressDetail, decryptPhone } from "../persons/contact-fields";
import type { PersonalDataField } from "./enums";

/** A person's personal data in full, field by field: the one place a reveal decrypts. */
export function personalDataValue(field: PersonalDataField, person: PersonRow | null, cipher: FieldCipher): string | null {
  if (!person) return null;
  switch (field) {
    case "ID_NUMBER":
      return cipher.decrypt(person.idNumberCipher);
    case "PHONE":
      return decryptPhone(cipher, person);
    case "ADDRESS":
      // The detail only: its division is not personal and is shown in full (Person.addressDivision).
      return decryptAddressDetail(cipher, person);
  }
}
