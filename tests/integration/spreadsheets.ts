// Reading our own exports back in tests: RFC 4180 CSV, and a workbook sheet's rows as the CSV writes them.

/** RFC 4180, enough for our own exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') quoted = false;
    else if (quoted) field += c;
    else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  return rows;
}

/** A sheet row has no cell after its last value; a CSV row has empty fields there. */
export const trimmed = (row: readonly string[]): string[] => {
  const cells = [...row];
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
  return cells;
};

const unxml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/**
 * A sheet's rows as the CSV writes them: dates back to ISO instants, empty cells as '', and a text
 * with Excel's quote prefix (style 3) with the leading ' the CSV gives it.
 */
export function sheetRows(xml: string, dateStyle: string): string[][] {
  const rows: string[][] = [];
  for (const [, body] of xml.matchAll(/<row r="\d+">(.*?)<\/row>/gs)) {
    const row: string[] = [];
    for (const [, attrs, inner] of body!.matchAll(/<c ([^>]*)>(.*?)<\/c>/gs)) {
      const col = /r="([A-Z]+)\d+"/.exec(attrs!)![1]!;
      const index = [...col].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      while (row.length < index) row.push('');
      let value: string;
      if (attrs!.includes('t="inlineStr"')) {
        value = unxml(/<t[^>]*>(.*?)<\/t>/s.exec(inner!)?.[1] ?? '');
        if (attrs!.includes('s="3"')) value = `'${value}`;
      } else if (attrs!.includes('t="b"')) value = /<v>1<\/v>/.test(inner!) ? 'true' : 'false';
      else {
        const v = /<v>(.*?)<\/v>/.exec(inner!)![1]!;
        value = attrs!.includes(`s="${dateStyle}"`)
          ? new Date(Math.round((Number(v) - 25569) * 86_400_000)).toISOString()
          : v;
      }
      row.push(value);
    }
    rows.push(row);
  }
  return rows;
}
