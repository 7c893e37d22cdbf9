import { checkCharacter } from "../src/persons/resident-id";

/** A valid resident ID number no other test uses: 150203 (昆都仑区), a random birth date and sequence, its check character. */
export function uniqueIdNumber(): string {
  const month = String(Math.floor(Math.random() * 12) + 1).padStart(2, "0");
  const day = String(Math.floor(Math.random() * 28) + 1).padStart(2, "0");
  const first17 = `1502031${Math.floor(Math.random() * 90) + 10 < 50 ? "96" : "97"}${Math.floor(Math.random() * 10)}${month}${day}${String(Math.floor(Math.random() * 900) + 100)}`;
  return first17 + checkCharacter(first17);
}

/** A mobile number no other test uses. */
export function uniqueMobile(): string {
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
}
