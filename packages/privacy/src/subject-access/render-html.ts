import { type SubjectAccessBundle } from './bundle.js';
import { escapeHtml, page, section, table } from './html.js';

const statusLines: Record<SubjectAccessBundle['status'], string> = {
  held: 'Below is everything this site holds that is linked to you, and who read it.',
  erased: 'This employee was erased: their keys are destroyed and nothing held can be linked to them any more (GDPR Art. 17).',
  unknown: 'This site holds no record of this employee.',
};

function overview(bundle: SubjectAccessBundle): string {
  const { identity } = bundle;
  const rows: Array<[string, unknown]> = [
    ['Site', bundle.site],
    ['Generated', bundle.generatedAt],
    ['Requested by', `${bundle.requestedBy.account} (${bundle.requestedBy.role})`],
    ...(identity === undefined ? [] : ([['Employee id', identity.employeeId], ['Subject reference', identity.subjectRef], ['Team', identity.team ?? '—']] as Array<[string, unknown]>)),
  ];
  return section('You', `<p>${escapeHtml(statusLines[bundle.status])}</p>\n${table(['', ''], rows, '')}`);
}

const pseudonyms = (bundle: SubjectAccessBundle): string =>
  section(
    'Your shift pseudonyms',
    `<p>Scans, tasks and shifts carry a fresh pseudonym each shift, never your employee id.</p>\n` +
      table(['Pseudonym', 'Shift day', 'Issued at'], bundle.pseudonyms.map((p) => [p.operator, p.shiftDate, p.issuedAt]), 'None held.'),
  );

function shifts(bundle: SubjectAccessBundle): string {
  const rows = bundle.shifts.map((shift) => [
    shift.shiftDate,
    shift.operator,
    shift.startedAt ?? '—',
    shift.endedAt ?? '—',
    shift.breaks.map((b) => `${b.startedAt} – ${b.endedAt ?? 'open'} (${b.source})`).join('; ') || 'none declared',
  ]);
  return section('Shifts and declared breaks', table(['Day', 'Pseudonym', 'Started', 'Ended', 'Breaks'], rows, 'No shift held (kept 7 days by default).'));
}

function tasks(bundle: SubjectAccessBundle): string {
  const rows = bundle.tasks.map((t) => [t.taskId, t.operator, t.bizStep, t.station, t.status, `${t.unitsDone}/${t.units}`, t.assignedAt]);
  return section('Tasks assigned to you', table(['Task', 'Pseudonym', 'Step', 'Station', 'Status', 'Units', 'Assigned'], rows, 'No task held.'));
}

function attributions(bundle: SubjectAccessBundle): string {
  const perShift = new Map<string, number>();
  for (const scan of bundle.attributions) perShift.set(scan.operator, (perShift.get(scan.operator) ?? 0) + 1);
  const rows = [...perShift].map(([operator, count]) => [operator, count]);
  const note = '<p>Each scan made under your pseudonym is listed in full in subject-access.json.</p>';
  return section('Scans attributed to you', `${note}\n${table(['Pseudonym', 'Scans'], rows, 'No scan attribution held (kept 1 working day by default).')}`);
}

function aggregates(bundle: SubjectAccessBundle): string {
  if (bundle.aggregates.length === 0) return section('Aggregates about you', '<p class="none">None held.</p>');
  const items = bundle.aggregates.map((a) => `<h3>${escapeHtml(a.stream)} · ${escapeHtml(a.type)}</h3><pre>${escapeHtml(JSON.stringify(a.record, null, 2))}</pre>`);
  return section('Aggregates about you', items.join('\n'));
}

function accesses(bundle: SubjectAccessBundle): string {
  const rows = bundle.accesses.map((a) => [a.at, a.holder === undefined ? a.actor : `${a.actor} (${a.holder})`, a.role, a.purpose, a.what]);
  return section('Who read your data', table(['When', 'Account', 'Role', 'Purpose', 'What'], rows, 'Nobody.'));
}

function notice(bundle: SubjectAccessBundle): string {
  const n = bundle.notice;
  const text = n.status === 'recorded' ? `Notice version ${n.version}, given to ${n.givenTo.join(' and ')} workers (from ${n.source}).` : 'Not recorded.';
  return section('Information notice', `<p>${escapeHtml(text)}</p>`);
}

function retention(bundle: SubjectAccessBundle): string {
  const rows = bundle.retention.map((r) => [r.category, r.holds, r.days === null ? 'while employed, until erasure' : `${r.days} days`, r.source]);
  return section('How long each kind of data is kept', table(['Category', 'Holds', 'Kept', 'Set by'], rows, ''));
}

/** The readable copy of the bundle: one static page, every value escaped. */
export function renderSubjectAccessHtml(bundle: SubjectAccessBundle): string {
  const parts = [overview, pseudonyms, shifts, tasks, attributions, aggregates, accesses, notice, retention];
  return page(`Your data at ${bundle.site}`, parts.map((part) => part(bundle)));
}
