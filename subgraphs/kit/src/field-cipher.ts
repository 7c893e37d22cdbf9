import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/**
 * Encryption at rest for personal data (个人信息保护法 arts 28, 51): AES-256-GCM with a key id
 * in every ciphertext, so keys can be rotated: new values use the current key, old values stay
 * readable with retired keys until re-encrypted. Exact matching goes through a keyed blind
 * index (HMAC-SHA256), so a value is never stored or compared in clear.
 */
export interface FieldCipherKeys {
  /** Key id → 32-byte key. */
  keys: Readonly<Record<string, Buffer>>;
  /** The key id new values are encrypted with. */
  currentKeyId: string;
  /** Key of the blind index; changing it means rebuilding every index column. */
  indexKey: Buffer;
}

const VERSION = "v1";

export class FieldCipher {
  constructor(private readonly config: FieldCipherKeys) {
    if (!config.keys[config.currentKeyId]) throw new Error(`No key with id "${config.currentKeyId}"`);
    for (const [id, key] of Object.entries(config.keys)) {
      if (key.length !== 32) throw new Error(`Key "${id}" must be 32 bytes for AES-256`);
      if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`Key id "${id}" may hold only letters, digits, _ and -`);
    }
    if (config.indexKey.length < 32) throw new Error("The blind-index key must be at least 32 bytes");
  }

  /** `v1:<keyId>:<iv>:<tag>:<ciphertext>`, base64url parts. */
  encrypt(plaintext: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", this.key(this.config.currentKeyId), iv);
    const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
    return [VERSION, this.config.currentKeyId, iv, cipher.getAuthTag(), body]
      .map((part) => (typeof part === "string" ? part : part.toString("base64url")))
      .join(":");
  }

  decrypt(sealed: string): string {
    const [version, keyId, iv, tag, body] = sealed.split(":");
    if (version !== VERSION || !keyId || !iv || !tag || body === undefined) throw new Error("Not a sealed value");
    const decipher = createDecipheriv("aes-256-gcm", this.key(keyId), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  }

  get currentKeyId(): string {
    return this.config.currentKeyId;
  }

  /** True when `sealed` was encrypted with a key other than the current one (a rotation candidate). */
  needsReencryption(sealed: string): boolean {
    return sealed.split(":")[1] !== this.config.currentKeyId;
  }

  blindIndex(value: string): string {
    return createHmac("sha256", this.config.indexKey).update(value, "utf8").digest("hex");
  }

  private key(id: string): Buffer {
    const key = this.config.keys[id];
    if (!key) throw new Error(`No key with id "${id}": it was retired before its values were re-encrypted`);
    return key;
  }
}

/** Parses `HUB_DATA_KEYS`-style configuration: `id1:base64key,id2:base64key`. */
export function parseKeyList(text: string): Record<string, Buffer> {
  const keys: Record<string, Buffer> = {};
  for (const entry of text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)) {
    const separator = entry.indexOf(":");
    if (separator <= 0) throw new Error(`"${entry.slice(0, 12)}…" is not of the form id:base64key`);
    keys[entry.slice(0, separator)] = Buffer.from(entry.slice(separator + 1), "base64");
  }
  return keys;
}
