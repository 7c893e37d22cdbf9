import type { DocumentText, LegalDocument } from "./document";

/** JSON with object keys sorted at every level: the same text always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The hash is over exactly what is printed (type, header, title, number, blocks), so whoever holds
 * the text, on paper or from the graph, recomputes it with `verifyDocument`.
 */
export async function withVerification(text: DocumentText): Promise<LegalDocument> {
  const { type, header, title, number, blocks } = text;
  return {
    type,
    header,
    title,
    number,
    blocks,
    verification: { algorithm: "SHA-256", hash: await sha256Hex(canonicalJson({ type, header, title, number, blocks })) },
  };
}

/** Whether a document's text still matches its verification hash. */
export async function verifyDocument(document: LegalDocument): Promise<boolean> {
  const recomputed = await withVerification(document);
  return recomputed.verification.hash === document.verification.hash;
}
