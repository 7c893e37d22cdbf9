// What a clerk has typed, kept per user and form in this tab's sessionStorage, so an expired
// session or a refusal never loses it; cleared when the form is saved or the user signs out.

const PREFIX = "hub.console.draft.";

const keyOf = (userId: string, form: string) => `${PREFIX}${userId}.${form}`;

export function loadDraft<T>(userId: string, form: string): T | undefined {
  const text = sessionStorage.getItem(keyOf(userId, form));
  if (!text) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}

export function saveDraft(userId: string, form: string, values: unknown): void {
  sessionStorage.setItem(keyOf(userId, form), JSON.stringify(values));
}

export function clearDraft(userId: string, form: string): void {
  sessionStorage.removeItem(keyOf(userId, form));
}

export function clearAllDrafts(): void {
  for (const key of Object.keys(sessionStorage)) if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
}
