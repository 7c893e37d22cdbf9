import { ACCESS_POLICY, MATRIX_ROLES, SCOPE_RULES, type FieldPolicy } from "./access-policy";
import type { Role } from "./actor";

const SHORT: Record<Role, string> = {
  CENTRE_OFFICER: "CO",
  CENTRE_SUPERVISOR: "CS",
  MEDIATOR: "ME",
  JUSTICE_OFFICER: "JO",
  JUDGE: "JU",
  COURT_CLERK: "CC",
  PROSECUTOR: "PR",
  PARTNER_SYSTEM: "PS",
  PUBLIC: "anonymous",
  HUB_SYSTEM: "HS",
  DEPARTMENT_SYSTEM: "DS",
};

/** The README's role matrix, rendered from the declaration (a test keeps the README equal to it). */
export function renderRoleMatrix(): string {
  const header = `| root field | kind | ${MATRIX_ROLES.map((role) => SHORT[role]).join(" | ")} | anonymous | rows |`;
  const rule = `|---|---|${MATRIX_ROLES.map(() => "---").join("|")}|---|---|`;
  const rows = Object.entries(ACCESS_POLICY).map(([field, policy]: [string, FieldPolicy]) => {
    const cells = MATRIX_ROLES.map((role) => (policy.roles === "ANYONE" || policy.roles.includes(role) ? "✓" : ""));
    return `| \`${field}\` | ${policy.kind} | ${cells.join(" | ")} | ${policy.roles === "ANYONE" ? "✓" : ""} | ${policy.scope} |`;
  });
  return [header, rule, ...rows].join("\n");
}

/** The README's scope table: per entity, per role, the grounds on which a row is visible. */
export function renderScopeMatrix(): string {
  const header = `| entity | ${MATRIX_ROLES.map((role) => SHORT[role]).join(" | ")} |`;
  const rule = `|---|${MATRIX_ROLES.map(() => "---").join("|")}|`;
  const rows = Object.entries(SCOPE_RULES).map(([entity, scope]) => {
    const grounds = scope.grounds as Partial<Record<Role, readonly string[]>>;
    const cells = MATRIX_ROLES.map((role) => (grounds[role] ?? []).map((ground) => (ground === "JURISDICTION" ? "J" : "O")).join("+"));
    return `| ${entity} | ${cells.join(" | ")} |`;
  });
  const means = Object.entries(SCOPE_RULES).flatMap(([entity, scope]) => [
    `- ${entity}: J = ${scope.means.JURISDICTION}; O = ${scope.means.ORGANISATION}.`,
  ]);
  return [header, rule, ...rows, "", ...means].join("\n");
}

export const ROLE_ABBREVIATIONS = SHORT;
