// Where to go back to after signing in again: the page the user was on when the session ended.
const RETURN_KEY = "hub.console.returnTo";

export function rememberReturnTo(path: string): void {
  sessionStorage.setItem(RETURN_KEY, path);
}

export function takeReturnTo(): string | undefined {
  const path = sessionStorage.getItem(RETURN_KEY) ?? undefined;
  sessionStorage.removeItem(RETURN_KEY);
  return path;
}
