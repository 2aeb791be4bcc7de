const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * The calendar day of an ISO date or date-time, in local time; undefined for empty or
 * unreadable text. `2026-03-31` is that day wherever the visitor is.
 */
export function dayOf(iso: string): Date | undefined {
  if (!iso) return undefined;
  const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const date = dateOnly
    ? new Date(Number(dateOnly[1]), Number(dateOnly[2]) - 1, Number(dateOnly[3]))
    : new Date(iso);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A local calendar day as `YYYY-MM-DD`: what a DatePicker stores as its `selectedDate`. */
export function isoDayOf(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * Formats an ISO date with the tokens YYYY, YY, MMM (Jan), MM, M, DD and D; other text is
 * kept. Empty or unreadable dates format as "".
 * @example formatDate("2026-03-07", "DD/MM/YYYY") // "07/03/2026"
 */
export function formatDate(iso: string, format: string): string {
  const date = dayOf(iso);
  if (!date) return "";
  const parts: Record<string, string> = {
    YYYY: String(date.getFullYear()),
    YY: String(date.getFullYear()).slice(-2),
    MMM: MONTHS[date.getMonth()],
    MM: pad(date.getMonth() + 1),
    M: String(date.getMonth() + 1),
    DD: pad(date.getDate()),
    D: String(date.getDate()),
  };
  return (format || "YYYY-MM-DD").replace(/YYYY|YY|MMM|MM|M|DD|D/g, (token) => parts[token]);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
