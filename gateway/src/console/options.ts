/** A demo user the local sign-in page lists (local mode only; never in production). */
export interface LocalSignInUser {
  key: string;
  name: string;
  department: string;
  roles: string[];
  organisationName?: string;
}

/** Issues bearer tokens for the demo users: the local identity provider's stand-in, only outside production. */
export interface LocalSignIn {
  users: LocalSignInUser[];
  /** A signed bearer token for the user, or undefined for an unknown key. */
  issue(userKey: string): Promise<{ token: string; expiresAt: string } | undefined>;
}

/** The identity provider the console redirects to in production (authorization code + PKCE). */
export interface ConsoleOidc {
  authority: string;
  clientId: string;
  scope: string;
}

/** The department console, built to static files and served by the gateway at /console/. */
export interface ConsoleOptions {
  /** The console's build output (clients/console/dist). */
  dir: string;
  oidc?: ConsoleOidc;
  localSignIn?: LocalSignIn;
}
