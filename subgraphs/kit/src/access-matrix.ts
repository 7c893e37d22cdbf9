import {
  ACCESS_POLICY,
  MATRIX_ROLES,
  REVEAL_RULES,
  SCOPE_RULES,
  STAFF,
  type EntityScopeRule,
  type FieldPolicy,
  type RevealGround,
  type ScopeGround,
} from "./access-policy";
import type { Role } from "./actor";

/** The matrix columns of the hub's roles; a department's new role is shown by its initials. */
const SHORT: Partial<Record<Role, string>> = {
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

function shortOf(role: Role): string {
  const words = role.split("_");
  return SHORT[role] ?? (words.length > 1 ? words.map((word) => word.charAt(0)).join("") : role.slice(0, 2));
}

const GROUND: Record<ScopeGround, string> = {
  JURISDICTION: "J",
  ORGANISATION: "O",
  DISPUTE_PLACE: "D",
  COMMITTEE: "C",
  COMMITTEE_AREA: "A",
};

/** The README's role matrix, rendered from the declaration (a test keeps the README equal to it). */
export function renderRoleMatrix(): string {
  const header = `| root field | kind | ${MATRIX_ROLES.map((role) => shortOf(role)).join(" | ")} | anonymous | rows |`;
  const rule = `|---|---|${MATRIX_ROLES.map(() => "---").join("|")}|---|---|`;
  const rows = Object.entries(ACCESS_POLICY).map(([field, policy]: [string, FieldPolicy]) => {
    const cells = MATRIX_ROLES.map((role) => (policy.roles === "ANYONE" || policy.roles.includes(role) ? "✓" : ""));
    return `| \`${field}\` | ${policy.kind} | ${cells.join(" | ")} | ${policy.roles === "ANYONE" ? "✓" : ""} | ${policy.scope} |`;
  });
  return [header, rule, ...rows].join("\n");
}

/** The README's scope table: per entity, per role, the grounds on which a row is visible. */
export function renderScopeMatrix(): string {
  const header = `| entity | ${MATRIX_ROLES.map((role) => shortOf(role)).join(" | ")} |`;
  const rule = `|---|${MATRIX_ROLES.map(() => "---").join("|")}|`;
  const rows = Object.entries(SCOPE_RULES).map(([entity, scope]) => {
    const grounds = scope.grounds as Partial<Record<Role, readonly string[]>>;
    const cells = MATRIX_ROLES.map((role) => (grounds[role] ?? []).map((ground) => GROUND[ground as ScopeGround]).join("+"));
    return `| ${entity} | ${cells.join(" | ")} |`;
  });
  const means = Object.entries(SCOPE_RULES).flatMap(([entity, { means }]: [string, EntityScopeRule]) => [
    `- ${entity}: J = ${means.JURISDICTION}; O = ${means.ORGANISATION}${means.DISPUTE_PLACE ? `; D = ${means.DISPUTE_PLACE}` : ""}${
      means.COMMITTEE ? `; C = ${means.COMMITTEE}` : ""
    }${means.COMMITTEE_AREA ? `; A = ${means.COMMITTEE_AREA}` : ""}.`,
  ]);
  return [header, rule, ...rows, "", ...means].join("\n");
}

export const ROLE_ABBREVIATIONS = SHORT;

/** The README's list of who may read personal data in full, and on which ground. */
export function renderRevealRules(): string {
  const grounds = REVEAL_RULES.grounds as Partial<Record<Role, RevealGround>>;
  const header = "| role | reads in full when |";
  const rule = "|---|---|";
  const rows = STAFF.map((role) => {
    const ground = grounds[role];
    return `| ${shortOf(role)} | ${ground ? `${ground}: ${REVEAL_RULES.means[ground]}` : "never (masked only)"} |`;
  });
  return [header, rule, ...rows].join("\n");
}
