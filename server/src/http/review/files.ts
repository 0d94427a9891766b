// The review's downloads, by file name: the log, one CSV per table, the workbook and the report.
import {
  exportJson,
  reportHtml,
  reviewTables,
  tableCsv,
  REVIEW_TABLES,
  type GameEvent,
  type Locale,
} from '@council/shared';
import { workbookXlsx } from './xlsx';

export interface ReviewFile {
  readonly body: string | Uint8Array;
  readonly type: string;
}

/** Makes a file in the language Control asked for (`?lang=`, ADR 0029). */
type Make = (events: GameEvent[], now: Date, locale: Locale) => ReviewFile;

const csvFile =
  (name: string): Make =>
  (events, _now, locale) => {
    const table = reviewTables(events, locale).find((t) => t.name === name)!;
    return { body: tableCsv(table), type: 'text/csv; charset=utf-8; header=present' };
  };

export const REVIEW_FILES: Readonly<Record<string, Make>> = {
  'log.json': (events) => ({
    body: JSON.stringify(exportJson(events), null, 1),
    type: 'application/json; charset=utf-8',
  }),
  ...Object.fromEntries(REVIEW_TABLES.map((name) => [`${name}.csv`, csvFile(name)])),
  'workbook.xlsx': (events, _now, locale) => ({
    body: workbookXlsx(reviewTables(events, locale)),
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  }),
  'report.html': (events, now, locale) => ({
    body: reportHtml(events, { generatedAt: now.toISOString(), locale }),
    type: 'text/html; charset=utf-8',
  }),
};
