const FORMAT = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "long",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
});

/** e.g. 2026年12月6日 14:05, in Beijing time whatever the phone's zone. */
export function dateTime(iso: string): string {
  return FORMAT.format(new Date(iso));
}
