/**
 * A person's address: a county or township division code (kept in clear for statistics) and the
 * detail below it (street, number, flat), which is personal data: encrypted, matched by a
 * blind index of its normalised form, shown masked.
 */
export const MAX_ADDRESS_DETAIL = 200;

/** Full-width to half-width (NFKC), no whitespace, upper case: 巴彦塔拉大街１２号 and 巴彦塔拉大街 12号 match. */
export function normaliseAddressDetail(detail: string): string {
  return detail.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

/** What the blind index is computed over: the division and the normalised detail, tagged. */
export function addressIndexInput(divisionCode: string, detail: string): string {
  return `address:${divisionCode}:${normaliseAddressDetail(detail)}`;
}

/** The first two characters of the detail stay; the rest is hidden, its length too. */
export function maskAddressDetail(detail: string): string {
  const characters = [...detail.trim()];
  return `${characters.length > 4 ? characters.slice(0, 2).join("") : ""}****`;
}
