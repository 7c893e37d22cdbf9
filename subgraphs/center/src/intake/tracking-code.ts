import { createHash, randomBytes } from "node:crypto";

/** Crockford's base32: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const CHARACTERS = 20; // 20 × 5 = 100 random bits
const SHAPE = /^[0-9A-HJKMNP-TV-Z]{20}$/;

/** A new tracking code, 5 groups of 4: 100 bits from the system's CSPRNG. */
export function newTrackingCode(): string {
  const bytes = randomBytes(CHARACTERS);
  const characters = [...bytes].map((byte) => ALPHABET.charAt(byte & 31));
  return characters.join("").replace(/(.{4})(?!$)/g, "$1-");
}

/** The code as typed (any case, with or without hyphens or spaces), canonical; null when it cannot be one. */
export function normaliseTrackingCode(typed: string): string | null {
  const compact = typed.toUpperCase().replace(/[\s-]/g, "").replace(/[IL]/g, "1").replace(/O/g, "0");
  return SHAPE.test(compact) ? compact : null;
}

/** What is stored: only the SHA-256 of the canonical code (a 100-bit secret needs no slow hash). */
export function trackingCodeHash(canonical: string): string {
  return createHash("sha256").update(`tracking:${canonical}`).digest("hex");
}
