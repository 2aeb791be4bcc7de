/**
 * CSV text (RFC 4180) of an array of objects: one column per key, in the order keys first
 * appear across the rows, so a key missing from the first row still gets its column. Fields
 * holding a comma, quote or line break are quoted; objects are written as JSON, null and
 * undefined as empty fields. Lines end in CRLF, as spreadsheets expect.
 * @example toCsv([{ id: 1, name: "Ada, L." }]) // 'id,name\r\n1,"Ada, L."\r\n'
 */
export function toCsv(rows: readonly Record<string, unknown>[]): string {
  const columns: string[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!seen.has(key)) {
        seen.add(key);
        columns.push(key);
      }
    }
  }
  const lines = [columns.map(csvField).join(",")];
  for (const row of rows) lines.push(columns.map((key) => csvField(row[key])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** True for what `download` writes as CSV: a non-empty array of plain objects. */
export function isRecordList(data: unknown): data is Record<string, unknown>[] {
  return (
    Array.isArray(data) &&
    data.length > 0 &&
    data.every((row) => typeof row === "object" && row !== null && !Array.isArray(row))
  );
}

function csvField(value: unknown): string {
  if (value === undefined || value === null) return "";
  const text =
    typeof value === "object"
      ? (JSON.stringify(value) ?? "")
      : typeof value === "string"
        ? value
        : String(value);
  // A leading = + - @ would make a spreadsheet run the field as a formula: quote-prefix it.
  const safe = /^[=+\-@\t\r]/.test(text) && !/^-?\d/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
