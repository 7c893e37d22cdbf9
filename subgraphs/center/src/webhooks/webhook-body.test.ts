import { readFileSync } from "node:fs";
import path from "node:path";
import { webhookBody } from "./webhook-body";

interface PropertySchema {
  const?: unknown;
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
}
interface PayloadSchema {
  required: string[];
  additionalProperties: boolean;
  properties: Record<string, PropertySchema>;
}

const schema = JSON.parse(readFileSync(path.resolve(__dirname, "../../../../docs/webhook-payload.schema.json"), "utf8")) as PayloadSchema;

const jsonType = (value: unknown) => (value === null ? "null" : Array.isArray(value) ? "array" : typeof value);

/** The parts of JSON Schema the payload schema uses, checked property by property. */
function violations(body: Record<string, unknown>): string[] {
  const problems = schema.required.filter((key) => !(key in body)).map((key) => `${key}: missing`);
  for (const [key, value] of Object.entries(body)) {
    const rule = schema.properties[key];
    if (!rule) {
      if (!schema.additionalProperties) problems.push(`${key}: not in the schema`);
      continue;
    }
    if ("const" in rule && value !== rule.const) problems.push(`${key}: must be ${String(rule.const)}`);
    if (rule.enum && !rule.enum.includes(value)) problems.push(`${key}: not one of ${rule.enum.join(", ")}`);
    const types = rule.type === undefined ? [] : Array.isArray(rule.type) ? rule.type : [rule.type];
    if (types.length && !types.includes(jsonType(value))) problems.push(`${key}: ${jsonType(value)} is not ${types.join(" or ")}`);
    if (rule.format === "date-time" && typeof value === "string" && Number.isNaN(Date.parse(value)))
      problems.push(`${key}: not a date-time`);
    if (rule.pattern && typeof value === "string" && !new RegExp(rule.pattern).test(value))
      problems.push(`${key}: does not match ${rule.pattern}`);
  }
  return problems;
}

const event = {
  eventId: "0b5c3f1e-8d2a-4c7e-9f10-2a3b4c5d6e7f",
  seq: 1n,
  source: "JUSTICE",
  type: "mediation.accepted",
  disputeId: "1c6d4a2f-9e3b-4d8f-8a21-3b4c5d6e7f80",
  subjectType: "MediationCase",
  subjectId: "2d7e5b3a-0f4c-4e9a-9b32-4c5d6e7f8091",
  occurredAt: new Date("2026-12-04T08:00:00.000Z"),
  actorId: "u-1",
  actorName: "张调解",
  summary: "调解委员会受理",
  payload: { committeeId: "c-1" },
  consumedAt: new Date("2026-12-04T08:00:01.000Z"),
};

it("sends the payload docs/webhook-payload.schema.json describes, version 1", () => {
  const body = JSON.parse(webhookBody(event, "3e8f6c4b-1a5d-4fab-8c43-5d6e7f8091a2")) as Record<string, unknown>;
  expect(violations(body)).toEqual([]);
  expect(body.version).toBe(1);
});

it("would be caught sending a field the schema does not describe, or a wrong department", () => {
  const body = JSON.parse(webhookBody(event, "d")) as Record<string, unknown>;
  expect(violations({ ...body, extra: 1, department: "PARTNER" })).toEqual([
    "department: not one of CENTER, JUSTICE, COURT, PROCURATORATE",
    "extra: not in the schema",
  ]);
});
