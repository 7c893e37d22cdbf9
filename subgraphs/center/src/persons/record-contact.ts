import { eventRow, type Actor, type FieldCipher } from "@hub/subgraph-kit";
import type { Prisma } from "../../generated/client";
import { addressIndexInput } from "./address";
import type { AddressInput } from "./address.input";
import { phoneIndexInput } from "./phone";

export interface Contact {
  /** Canonical, already checked */
  phone: string | null;
  address: AddressInput | null;
}

/**
 * Records the contact data a submission gave for a person. The newest submission wins: a
 * different phone or address replaces the stored one, and the change is written to the event
 * log naming the fields only, never their values. A field the submission left out stays as it
 * was. Compared by blind index, so nothing is decrypted. Each field given records this dispute
 * as a source of the value (a changed value forgets the old sources): callers see a value only
 * when a source lies in their Dispute scope (`PersonContactSource`).
 */
export async function recordContact(
  tx: Prisma.TransactionClient,
  cipher: FieldCipher,
  actor: Actor,
  personId: string,
  contact: Contact,
  disputeId: string,
  now: Date,
): Promise<void> {
  if (!contact.phone && !contact.address) return;
  const [stored] = await tx.$queryRaw<{ phone_index: string | null; address_index: string | null }[]>`
    SELECT phone_index, address_index FROM person WHERE id = ${personId}::uuid FOR UPDATE`;
  if (!stored) throw new Error(`person ${personId} vanished`);
  const data: Prisma.PersonUpdateInput = {};
  const changed: string[] = [];
  const given: ("PHONE" | "ADDRESS")[] = [];
  if (contact.phone) {
    given.push("PHONE");
    const phoneIndex = cipher.blindIndex(phoneIndexInput(contact.phone));
    if (phoneIndex !== stored.phone_index) {
      Object.assign(data, { phoneCipher: cipher.encrypt(contact.phone), phoneIndex });
      changed.push("phone");
    }
  }
  if (contact.address) {
    given.push("ADDRESS");
    const addressIndex = cipher.blindIndex(addressIndexInput(contact.address.divisionCode, contact.address.detail));
    if (addressIndex !== stored.address_index) {
      Object.assign(data, {
        addressDivision: { connect: { code: contact.address.divisionCode } },
        addressDetailCipher: cipher.encrypt(contact.address.detail),
        addressIndex,
      });
      changed.push("address");
    }
  }
  const replaced = given.filter((field) => changed.includes(field.toLowerCase()));
  if (replaced.length) await tx.personContactSource.deleteMany({ where: { personId, field: { in: replaced } } });
  await tx.personContactSource.createMany({
    data: given.map((field) => ({ personId, field, disputeId, recordedAt: now })),
    skipDuplicates: true,
  });
  if (changed.length === 0) return;
  await tx.person.update({ where: { id: personId }, data: { ...data, contactUpdatedAt: now } });
  const labels = changed.map((field) => (field === "phone" ? "电话" : "住址")).join("、");
  await tx.eventLog.create({
    data: eventRow(actor, {
      type: "person.contact-changed",
      disputeId,
      subjectType: "Person",
      subjectId: personId,
      summary: `当事人联系方式更新：${labels}（加密存储）`,
      payload: {
        fields: changed,
        replaced: changed.filter((field) => (field === "phone" ? stored.phone_index : stored.address_index) !== null),
      },
      occurredAt: now,
    }),
  });
}
