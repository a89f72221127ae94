import { api } from './api.js';
import { throughputChart } from './chart.js';
import { el, fill, show, table, time } from './render.js';

let chart;

/** Each panel loads its view; a 403 hides it (the role may not read it), any other failure says why. */
async function load(section, path, render) {
  const { ok, status, data } = await api(path);
  if (status === 403) return show(section, false);
  show(section, true);
  if (!ok) return fill(`${section}-body`, el('p', { class: 'error', role: 'alert' }, data.reason));
  render(data);
}

export const stations = () =>
  load('stations', '/v1/stations', (data) => {
    chart ??= throughputChart(document.getElementById('stations-chart'));
    chart.update(data.rows);
    const total = data.rows.reduce((sum, row) => sum + row.count, 0);
    fill('stations-total', `${total} package events in ${new Set(data.rows.map((row) => row.bucketStart)).size} quarter hours (store position ${data.position})`);
  });

export const stock = () =>
  load('stock', '/v1/stock?limit=50', (data) =>
    fill('stock-body', table(`${data.total} bin/code lines${data.total > data.rows.length ? `, first ${data.rows.length}` : ''}`, ['bin', 'code', 'units'], data.rows.map((row) => [row.bin, row.code, row.quantity]))),
  );

export const backlog = () =>
  load('backlog', '/v1/backlog', (data) =>
    fill('backlog-body', table(`${data.openTasks} open tasks, ${data.packagesWaiting} packages not yet shipped`, ['bizStep', 'open tasks', 'packages waiting'], data.rows.map((row) => [row.bizStep, row.openTasks, row.packagesWaiting]))),
  );

export const tasks = () =>
  load('tasks', '/v1/tasks', (data) =>
    fill(
      'tasks-body',
      table('Tasks by status', ['status', 'tasks'], Object.entries(data.countsByStatus)),
      table(`Open tasks (${data.open.length})`, ['task', 'status', 'bizStep', 'station', 'done', 'assigned'], data.open.slice(0, 30).map((card) => [card.taskId, card.status, card.bizStep, card.station, `${card.unitsDone}/${card.units}`, card.assigned ? 'yes' : 'no'])),
    ),
  );

/** The journey of one package as a timeline, oldest step first. */
export async function searchPackage(code) {
  const { ok, data } = await api(`/v1/packages/${encodeURIComponent(code)}`);
  fill('package-error', ok ? '' : data.reason);
  if (!ok) return fill('journey');
  fill('journey', ...data.history.map((step) => el('li', {}, el('time', { datetime: step.occurredAt }, time(step.occurredAt)), ` ${step.bizStep} at ${step.readPoint} → ${step.bizLocation}`)));
}

export function refreshOperational() {
  return Promise.all([stations(), stock(), backlog(), tasks()]);
}
