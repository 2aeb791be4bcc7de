/**
 * The emails typed into the invite field, split on commas, semicolons, spaces and line breaks
 * (people paste lists from mail clients and spreadsheets). Blanks are dropped and repeats kept
 * once, compared without case, so pasting a list twice invites each person once. Validity is
 * the server's call: it names the bad entry, and a second rule here would drift from it.
 *
 * @example parseEmails("a@x.com, b@x.com\nA@x.com") // ["a@x.com", "b@x.com"]
 */
export function parseEmails(text: string): string[] {
  const seen = new Set<string>();
  const emails: string[] = [];
  for (const part of text.split(/[\s,;]+/)) {
    if (!part) continue;
    const key = part.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    emails.push(part);
  }
  return emails;
}
