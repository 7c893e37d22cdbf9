/** 剩余时间 until a limit, in days and hours, or how long ago it passed. */
export function remaining(dueAt: string, now = Date.now()): { text: string; overdue: boolean } {
  const ms = new Date(dueAt).getTime() - now;
  const hours = Math.floor(Math.abs(ms) / 3_600_000);
  const span = hours >= 24 ? `${Math.floor(hours / 24)} 天 ${hours % 24} 小时` : `${hours} 小时`;
  return ms >= 0 ? { text: `剩余 ${span}`, overdue: false } : { text: `已超期 ${span}`, overdue: true };
}
