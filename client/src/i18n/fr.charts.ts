// French: the measure charts' titles, units and series. Their one home is the rules package
// (shared/src/review/chartWords.ts), where the printable report words them too; the interface reads them here.
import { chartMessages, type ChartSeriesId, type MeasureChartId } from '@council/shared';

type ChartMessages = {
  readonly [
    K in
      | `review.chart.${MeasureChartId}`
      | `review.chartUnit.${MeasureChartId}`
      | `review.series.${ChartSeriesId}`
  ]: string;
};

export const frCharts = chartMessages('fr') as ChartMessages;
