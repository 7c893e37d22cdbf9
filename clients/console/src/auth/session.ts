// The signed-in user's bearer token, kept in this tab's sessionStorage: same-origin only, gone
// when the tab closes, never in localStorage.

const TOKEN_KEY = "hub.console.token";

export interface SessionUser {
  id: string;
  name: string;
  department: string;
  roles: string[];
  organisationId: string | null;
  jurisdictionCode: string;
  /** Milliseconds since the epoch. */
  expiresAt: number;
}

export interface Session {
  token: string;
  user: SessionUser;
}

function decodePart(part: string): unknown {
  const base64 = part.replace(/-/g, "+").replace(/_/g, "/");
  const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")), (c) => c.charCodeAt(0));
  return JSON.parse(new TextDecoder().decode(bytes));
}

const text = (value: unknown): string | undefined => (typeof value === "string" && value !== "" ? value : undefined);

/** Reads who the token says the user is; the gateway verifies it, this only shows it. */
export function sessionOf(token: string): Session | undefined {
  const payload = token.split(".")[1];
  if (!payload) return undefined;
  let claims: Record<string, unknown>;
  try {
    claims = decodePart(payload) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const id = text(claims.sub);
  const exp = typeof claims.exp === "number" ? claims.exp * 1000 : undefined;
  if (!id || exp === undefined) return undefined;
  return {
    token,
    user: {
      id,
      name: text(claims.name) ?? id,
      department: text(claims.dept) ?? "",
      roles: Array.isArray(claims.roles) ? claims.roles.filter((role): role is string => typeof role === "string") : [],
      organisationId: text(claims.org) ?? null,
      jurisdictionCode: text(claims.jur) ?? "",
      expiresAt: exp,
    },
  };
}

export function storedSession(now = Date.now()): Session | undefined {
  const token = sessionStorage.getItem(TOKEN_KEY);
  const session = token ? sessionOf(token) : undefined;
  if (!session || session.user.expiresAt <= now) {
    sessionStorage.removeItem(TOKEN_KEY);
    return undefined;
  }
  return session;
}

export function storeToken(token: string): Session | undefined {
  const session = sessionOf(token);
  if (session) sessionStorage.setItem(TOKEN_KEY, token);
  return session;
}

export function forgetToken(): void {
  sessionStorage.removeItem(TOKEN_KEY);
}
