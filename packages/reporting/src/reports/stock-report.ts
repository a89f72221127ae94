import { stockByBin, stockRows, type StockByBinState } from '@fairscan/domain';
import { defineReport } from './report-definition.js';

export const stockReport = defineReport<StockByBinState>({
  name: 'stock',
  description: 'units per code per bin (stowed minus picked)',
  projection: stockByBin,
  tables(state, { asOf, limit }) {
    const rows = stockRows(state);
    const units = rows.reduce((sum, row) => sum + row.quantity, 0);
    const bins = new Set(rows.map((row) => row.bin)).size;
    return [
      {
        title: `Stock by bin (as of ${asOf}): ${units} units of ${rows.length} codes in ${bins} bins`,
        columns: ['bin', 'code', 'units'],
        rows: rows.slice(0, limit).map((row) => [row.bin, row.code, row.quantity]),
        notes: rows.length > limit ? [`${rows.length - limit} more bin/code lines not shown (--limit)`] : [],
      },
    ];
  },
});
