import { invalidInput } from "./errors";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

export function checkUuid(value: string, field: string): void {
  if (!isUuid(value)) {
    throw invalidInput(field, "uuid", { zh: `“${field}”应为UUID格式的编号`, en: `"${field}" must be a UUID` });
  }
}
