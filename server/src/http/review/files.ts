// The review's downloads, by file name: the log, one CSV per table, the workbook and the report (with
// the review's last delay-cost analysis, when one has finished).
import {
  exportJson,
  reportHtml,
  reviewTables,
  tableCsv,
  REVIEW_TABLES,
  type DelayCost,
  type GameEvent,
  type Locale,
} from '@council/shared';
import { workbookXlsx } from './xlsx';

export interface ReviewFile {
  readonly body: string | Uint8Array;
  readonly type: string;
}

/** What a file may add to the log: the review's last delay-cost analysis (the report embeds it). */
export interface ReviewFileExtras {
  readonly delayCost?: { readonly result: DelayCost; readonly logLength: number } | null;
}

/** Makes a file in the language Control asked for (`?lang=`, ADR 0029). */
type Make = (events: GameEvent[], now: Date, locale: Locale, extras: ReviewFileExtras) => ReviewFile;

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
  'report.html': (events, now, locale, extras) => ({
    body: reportHtml(events, { generatedAt: now.toISOString(), locale, delayCost: extras.delayCost ?? null }),
    type: 'text/html; charset=utf-8',
  }),
};
