import { api } from './api.js';
import { el, fill, show, table, time } from './render.js';

const statusCell = (status) => el('span', { class: `status-${status}` }, status);

/** Alerts only: a pseudonym and a status, never a break duration (design.md). Each pseudonym opens its shift page. */
export async function breaks() {
  const { ok, status, data } = await api('/v1/breaks');
  if (status === 403) return show('breaks', false);
  show('breaks', true);
  if (!ok) return fill('breaks-body', el('p', { class: 'error', role: 'alert' }, data.reason));
  const [counts, alerts] = data.tables;
  const rows = alerts.rows.map(([operator, state]) => [el('a', { href: `#person/${operator}` }, operator), statusCell(state)]);
  fill('breaks-body', table(counts.title, counts.columns, counts.rows), table(alerts.title, alerts.columns, rows));
}

/** The worker's own day, and every read of their data with the reader's name. */
export async function myDay(who) {
  if (!who.hasOwnDay) return show('my-day', false);
  const { ok, data } = await api('/v1/me');
  show('my-day', true);
  if (!ok) return fill('my-day-body', el('p', { class: 'error', role: 'alert' }, data.reason));
  const day = data.day;
  const summary = day === null
    ? el('p', {}, `No shift recorded for you on ${data.date}.`)
    : el('div', {},
        el('p', {}, `Shift ${day.operator}: break status `, statusCell(day.shift?.status ?? 'none'), `; items handled ${day.itemsHandled}`),
        table('Your declared breaks', ['from', 'to', 'minutes'], (day.shift?.breaks ?? []).map((b) => [time(b.startedAt), b.endedAt ? time(b.endedAt) : 'now', b.minutes])),
        table('Your tasks', ['task', 'bizStep', 'station', 'status'], day.tasks.map((t) => [t.taskId, t.bizStep, t.station, t.status])));
  fill('my-day-body', summary);
  fill('my-accesses', table(`${data.accesses.length} reads of your data`, ['when', 'account', 'holder', 'role', 'purpose', 'what'], data.accesses.map((a) => [time(a.at), a.actor, a.holder, a.role, a.purpose, a.what])));
}

/** A shift's page for a team lead (own team) or site manager; a refusal shows the reason and nothing else. */
export async function person(operator) {
  show('person', true);
  fill('person-title', `Shift ${operator}`);
  const { ok, data } = await api(`/v1/people/${encodeURIComponent(operator)}`);
  fill('person-error', ok ? '' : data.reason);
  if (!ok) return fill('person-body');
  fill('person-body',
    el('p', {}, 'Break status: ', statusCell(data.breakStatus ?? 'no shift recorded'), ` (as of ${time(data.asOf)})`),
    table('Tasks', ['task', 'bizStep', 'station', 'status'], data.tasks.map((t) => [t.taskId, t.bizStep, t.station, t.status])));
}

export async function privacy() {
  const [policy, retention] = await Promise.all([api('/v1/policy'), api('/v1/retention')]);
  show('privacy', true);
  const active = policy.data.active;
  const timer = retention.data.timer;
  const proof = retention.data.proofs?.[0];
  fill('privacy-body',
    el('p', {}, active ? `Register in force: rule packs ${active.packs.join(', ')}, activated ${time(active.at)}${active.noticeVersion ? `, notice ${active.noticeVersion}` : ''}.` : policy.data.note),
    table('Findings kept by a justified override', ['rule', 'indicator', 'approved by', 'justification'], policy.data.findings.map((f) => [f.rule, f.indicator, f.approvedBy, f.justification])),
    el('p', { id: 'next-retention' }, timer?.nextRunAt ? `Next retention run: ${time(timer.nextRunAt)}.` : 'Retention is not scheduled by this server.'),
    el('p', { id: 'last-proof' }, proof ? `Last proof: ${proof.category}, ${proof.events} events deleted before ${time(proof.cutoff)} (audit #${proof.position}, ${time(proof.at)}).` : 'No retention proof yet.'),
    table('Retention (days)', ['category', 'days', 'source'], Object.entries(retention.data.schedule.days).map(([category, days]) => [category, days, retention.data.schedule.sources[category]])));
}

export async function audit() {
  const { ok, status, data } = await api('/v1/audit?limit=50');
  if (status === 403) return show('audit', false);
  show('audit', true);
  if (!ok) return fill('audit-body', el('p', { class: 'error', role: 'alert' }, data.reason));
  fill('audit-body', table('Newest first (this read is logged too)', ['#', 'entry', 'actor', 'subject', 'what'], data.entries.map((e) => [e.position, e.type, e.data.actor ?? '', e.data.subject ?? '', e.data.what ?? e.data.category ?? ''])));
}
