import { randomBytes } from "node:crypto";
import { FieldCipher, parseKeyList } from "./field-cipher";

const key = () => randomBytes(32);
const indexKey = randomBytes(32);

describe("FieldCipher (个人信息保护法 art 51: encrypted at rest)", () => {
  it("round-trips and never produces the same ciphertext twice", () => {
    const cipher = new FieldCipher({ keys: { k1: key() }, currentKeyId: "k1", indexKey });
    const a = cipher.encrypt("11010519491231002X");
    const b = cipher.encrypt("11010519491231002X");
    expect(a).not.toBe(b);
    expect(a).not.toContain("11010519491231002X");
    expect(cipher.decrypt(a)).toBe("11010519491231002X");
  });

  it("rotates: new values use the new key, old ones stay readable while the old key is kept", () => {
    const k1 = key();
    const before = new FieldCipher({ keys: { k1 }, currentKeyId: "k1", indexKey });
    const old = before.encrypt("150102199003070012");
    const after = new FieldCipher({ keys: { k1, k2: key() }, currentKeyId: "k2", indexKey });
    expect(after.decrypt(old)).toBe("150102199003070012");
    expect(after.needsReencryption(old)).toBe(true);
    const fresh = after.encrypt("150102199003070012");
    expect(fresh.split(":")[1]).toBe("k2");
    expect(after.needsReencryption(fresh)).toBe(false);
    const retired = new FieldCipher({ keys: { k2: key() }, currentKeyId: "k2", indexKey });
    expect(() => retired.decrypt(old)).toThrow(/retired/);
  });

  it("detects tampering", () => {
    const cipher = new FieldCipher({ keys: { k1: key() }, currentKeyId: "k1", indexKey });
    const parts = cipher.encrypt("secret").split(":");
    parts[4] = Buffer.from("SECRET").toString("base64url");
    expect(() => cipher.decrypt(parts.join(":"))).toThrow();
  });

  it("gives a stable blind index that depends on the key", () => {
    const one = new FieldCipher({ keys: { k1: key() }, currentKeyId: "k1", indexKey });
    const other = new FieldCipher({ keys: { k1: key() }, currentKeyId: "k1", indexKey: randomBytes(32) });
    expect(one.blindIndex("11010519491231002X")).toBe(one.blindIndex("11010519491231002X"));
    expect(one.blindIndex("11010519491231002X")).not.toBe(other.blindIndex("11010519491231002X"));
  });

  it("refuses short keys and parses key lists", () => {
    expect(() => new FieldCipher({ keys: { k1: randomBytes(16) }, currentKeyId: "k1", indexKey })).toThrow(/32 bytes/);
    const keys = parseKeyList(`a:${key().toString("base64")}, b:${key().toString("base64")}`);
    expect(Object.keys(keys)).toEqual(["a", "b"]);
    expect(() => parseKeyList("nokey")).toThrow(/id:base64key/);
  });
});
