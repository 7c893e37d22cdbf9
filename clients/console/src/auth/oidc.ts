// Production sign-in: authorization code with PKCE at the configured identity provider.
// Loaded only when a deployment uses it, so local mode never ships it in the first page.
import type { UserManager } from "oidc-client-ts";

type OidcSettings = { authority: string; clientId: string; scope: string };

let manager: Promise<UserManager> | undefined;

function userManager(settings: OidcSettings): Promise<UserManager> {
  manager ??= import("oidc-client-ts").then(
    ({ UserManager: Manager, WebStorageStateStore }) =>
      new Manager({
        authority: settings.authority,
        client_id: settings.clientId,
        scope: settings.scope,
        redirect_uri: `${location.origin}${import.meta.env.BASE_URL}signed-in`,
        post_logout_redirect_uri: `${location.origin}${import.meta.env.BASE_URL}`,
        response_type: "code",
        // State and tokens stay in this tab's sessionStorage, never localStorage.
        userStore: new WebStorageStateStore({ store: sessionStorage }),
        stateStore: new WebStorageStateStore({ store: sessionStorage }),
        automaticSilentRenew: false,
      }),
  );
  return manager;
}

export async function redirectToProvider(settings: OidcSettings): Promise<void> {
  await (await userManager(settings)).signinRedirect();
}

/** On /signed-in: trades the code for tokens; returns the access token. */
export async function completeSignIn(settings: OidcSettings): Promise<string | undefined> {
  const user = await (await userManager(settings)).signinRedirectCallback();
  return user.access_token;
}

export async function signOutAtProvider(settings: OidcSettings): Promise<void> {
  await (await userManager(settings)).signoutRedirect();
}
