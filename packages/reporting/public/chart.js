import uPlot from '/vendor/uplot/uPlot.esm.js';

const colours = { receiving: '#2680c2', storing: '#3ebd93', picking: '#f0b429', packing: '#9446ed', shipping: '#e12d39', cycle_counting: '#627d98' };

/** Rows of /v1/stations → uPlot columns: x = bucket start (s), one series per bizStep summed over stations. */
function columns(rows) {
  const buckets = [...new Set(rows.map((row) => Date.parse(row.bucketStart) / 1000))].sort((a, b) => a - b);
  const steps = [...new Set(rows.map((row) => row.bizStep))].sort();
  const index = new Map(buckets.map((bucket, i) => [bucket, i]));
  const series = steps.map(() => buckets.map(() => 0));
  for (const row of rows) series[steps.indexOf(row.bizStep)][index.get(Date.parse(row.bucketStart) / 1000)] += row.count;
  return { steps, data: [buckets, ...series] };
}

/** The live throughput chart; `update` swaps the data in place (called on each server-sent event). */
export function throughputChart(target) {
  let plot;
  let shownSteps = '';
  return {
    update(rows) {
      const { steps, data } = columns(rows);
      const width = Math.max(320, target.clientWidth - 8);
      if (plot === undefined || steps.join() !== shownSteps) {
        plot?.destroy();
        shownSteps = steps.join();
        const series = [{}, ...steps.map((step) => ({ label: step, stroke: colours[step] ?? '#334e68', width: 2 }))];
        plot = new uPlot({ width, height: 260, series, axes: [{}, { label: 'events / 15 min' }] }, data, target);
      } else {
        plot.setData(data);
      }
      target.dataset.points = String(data[0].length);
      target.dataset.total = String(rows.reduce((sum, row) => sum + row.count, 0));
    },
  };
}
