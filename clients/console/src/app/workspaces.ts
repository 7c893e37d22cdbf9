// Which workspaces a role works in, in the side menu's order; the first is the user's home.

export interface MenuEntry {
  path: string;
  label: string;
}

const CENTRE: MenuEntry[] = [
  { path: "/centre/queue", label: "分流待办" },
  { path: "/centre/receive", label: "受理登记" },
  { path: "/centre/duplicates", label: "查重待核" },
];
const MEDIATION: MenuEntry[] = [{ path: "/mediation", label: "调解待办" }];
const COURT: MenuEntry[] = [{ path: "/court", label: "司法确认待办" }];
const SUPERVISION: MenuEntry[] = [
  { path: "/oversight/overdue", label: "督办超期" },
  { path: "/oversight/warnings", label: "提醒与预警" },
  { path: "/oversight/statistics", label: "统计分析" },
  { path: "/oversight/return-visits", label: "回访结案" },
];
const PROCURATORATE: MenuEntry[] = [{ path: "/procuratorate", label: "检察监督" }];
const EVERYONE: MenuEntry[] = [{ path: "/disputes", label: "纠纷案卷" }];

const BY_ROLE: Record<string, MenuEntry[]> = {
  CENTRE_OFFICER: CENTRE,
  CENTRE_SUPERVISOR: [...SUPERVISION, ...CENTRE],
  MEDIATOR: MEDIATION,
  JUSTICE_OFFICER: MEDIATION,
  COURT_CLERK: COURT,
  JUDGE: COURT,
  PROSECUTOR: PROCURATORATE,
};

export function menuFor(roles: string[]): MenuEntry[] {
  const entries = roles.flatMap((role) => BY_ROLE[role] ?? []);
  const unique = entries.filter((entry, i) => entries.findIndex((other) => other.path === entry.path) === i);
  return [...unique, ...EVERYONE];
}

export function homeOf(roles: string[]): string {
  return menuFor(roles)[0]?.path ?? "/disputes";
}
