// The delay-cost analysis as files (ADR 0027): the curve as CSV and JSON (every assumption stated), the
// curve as SVG and PNG, and the printable analysis. PNG is drawn from the SVG on a canvas, in the browser.
import {
  curveChartSvg,
  curveCsv,
  delayCostCurveChart,
  delayCostReportHtml,
  type DelayCost,
  type HistoricalClock,
  type Locale,
  type StatedAssumption,
} from '@council/shared';
import { saveBlob } from './api';

export const DELAY_EXPORTS = ['csv', 'json', 'svg', 'png', 'html'] as const;
export type DelayExport = (typeof DELAY_EXPORTS)[number];

export interface DelayContext {
  readonly code: string;
  readonly assumptions: readonly StatedAssumption[];
  readonly clocks: readonly HistoricalClock[];
  /** The reader's language: the chart's and the printable analysis's words. */
  readonly locale?: Locale;
}

export function delayExportBody(
  kind: Exclude<DelayExport, 'png'>,
  result: DelayCost,
  ctx: DelayContext,
): Blob {
  switch (kind) {
    case 'csv':
      return new Blob([curveCsv(result.curve)], { type: 'text/csv;charset=utf-8' });
    case 'json':
      return new Blob(
        [
          JSON.stringify({
            ...result.curve,
            decisionHour: result.decisionHour,
            adopted: result.adopted,
            headline: result.headline,
            sensitivity: result.sensitivity ?? null,
          }),
        ],
        { type: 'application/json' },
      );
    case 'svg':
      return new Blob([curveChartSvg(delayCostCurveChart(result, ctx.clocks, ctx.locale))], {
        type: 'image/svg+xml',
      });
    case 'html':
      return new Blob(
        [
          delayCostReportHtml(result, {
            title: ctx.code,
            generatedAt: new Date().toISOString(),
            assumptions: ctx.assumptions,
            clocks: ctx.clocks,
            locale: ctx.locale,
          }),
        ],
        { type: 'text/html;charset=utf-8' },
      );
  }
}

/** The curve's SVG drawn at twice its size on a canvas; null where the browser cannot. */
async function pngOf(svg: Blob): Promise<Blob | null> {
  const url = URL.createObjectURL(svg);
  try {
    const image = new Image();
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('svg'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = image.width * 2;
    canvas.height = image.height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(2, 2);
    ctx.drawImage(image, 0, 0);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Saves one export; false when the browser could not draw the PNG. */
export async function saveDelayExport(
  kind: DelayExport,
  result: DelayCost,
  ctx: DelayContext,
): Promise<boolean> {
  const name = `${ctx.code}-delay-cost.${kind}`;
  if (kind !== 'png') {
    saveBlob(delayExportBody(kind, result, ctx), name);
    return true;
  }
  const png = await pngOf(delayExportBody('svg', result, ctx));
  if (png) saveBlob(png, name);
  return png !== null;
}
