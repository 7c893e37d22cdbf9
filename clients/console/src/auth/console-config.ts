/** How this deployment signs users in, served by the gateway at /console/config.json. */
export type ConsoleConfig =
  { mode: "local" } | { mode: "oidc"; oidc: { authority: string; clientId: string; scope: string } } | { mode: "none" };

export async function loadConsoleConfig(): Promise<ConsoleConfig> {
  const response = await fetch(`${import.meta.env.BASE_URL}config.json`, { headers: { accept: "application/json" } });
  if (!response.ok) return { mode: "none" };
  return (await response.json()) as ConsoleConfig;
}

export interface DemoUser {
  key: string;
  name: string;
  department: string;
  roles: string[];
  organisationName?: string;
}

export async function loadDemoUsers(): Promise<DemoUser[]> {
  const response = await fetch(`${import.meta.env.BASE_URL}local-sign-in/users`);
  if (!response.ok) return [];
  return ((await response.json()) as { users: DemoUser[] }).users;
}

export async function issueDemoToken(userKey: string): Promise<string | undefined> {
  const response = await fetch(`${import.meta.env.BASE_URL}local-sign-in/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ userKey }),
  });
  if (!response.ok) return undefined;
  return ((await response.json()) as { token: string }).token;
}
