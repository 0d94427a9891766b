// RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote or a line break. A text
// a spreadsheet would read as a formula (=, +, -, @, tab, CR first) is written as text: a leading '.

export type CsvCell = string | number | boolean | null | undefined;

/** Whether a spreadsheet would run this text as a formula (OWASP "CSV injection"). */
export const looksLikeFormula = (text: string): boolean => /^[=+\-@\t\r]/.test(text);

export function csvField(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers and booleans are the exports' own values; only texts can carry a player's formula.
  const text = typeof value === 'string' && looksLikeFormula(value) ? `'${value}` : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A header row, then one row per record; every row ends with CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
