// Dates and times a clerk types are the court's local time (UTC+8, no daylight saving).

/** `2026-12-31` → the last second of that day in China, as an ISO instant. */
export function endOfChinaDay(date: string): string {
  return new Date(`${date}T23:59:59+08:00`).toISOString();
}

/** `2026-12-06T10:30` (a datetime-local value) → that minute in China, as an ISO instant. */
export function chinaMinute(local: string): string {
  return new Date(`${local}:00+08:00`).toISOString();
}
