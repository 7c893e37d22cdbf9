import type { FieldCipher } from "@hub/subgraph-kit";
import type { Person as PersonRow } from "../../generated/client";
import type { PersonalDataField } from "./enums";

/** A person's personal data in full, field by field: the one place a reveal decrypts. */
export function personalDataValue(field: PersonalDataField, person: PersonRow | null, cipher: FieldCipher): string | null {
  if (!person) return null;
  switch (field) {
    case "ID_NUMBER":
      return cipher.decrypt(person.idNumberCipher);
    case "PHONE":
    case "ADDRESS":
      // Not recorded by this schema yet.
      return null;
  }
}
