import { type Finding } from '@fairscan/domain';
import { type ReportTable } from '../render/report-table.js';
import { type ComplianceData, type JudgedRegister } from './compliance-data.js';

/** Newest proofs shown; older ones stay in the audit stream and in `fairscan audit verify`. */
const proofsShown = 50;

function registerTable(data: ComplianceData): ReportTable {
  const { active } = data;
  const title = 'Indicator register in force';
  if (active === undefined) {
    return { title, columns: ['field', 'value'], rows: [], notes: ['No register has been activated at this site (fairscan policy activate).'] };
  }
  const { attribution, task, shift, aggregate } = active.retention;
  return {
    title,
    columns: ['field', 'value'],
    rows: [
      ['site', active.site],
      ['register (sha256)', active.registerHash],
      ['activated', `${active.at}${active.activatedBy === undefined ? '' : ` by account ${active.activatedBy}`}`],
      ['rule packs', active.packs.join(', ')],
      ['information notice', active.noticeVersion ?? 'not recorded (CNIL-INFO)'],
      ['retention of personal data (days)', `attribution ${attribution}, task ${task}, shift ${shift}, weekly aggregates ${aggregate}`],
    ],
  };
}

const indicatorTable = ({ register }: JudgedRegister): ReportTable => ({
  title: 'Indicators declared',
  columns: ['indicator', 'measure', 'about', 'window', 'visible to', 'real time', 'kept (days)', 'purpose'],
  rows: register.indicators.map((i) => [i.id, i.measure, i.subject, i.window, i.visibleTo.join(', '), i.realtime ? 'yes' : 'no', i.retentionDays, i.purpose]),
});

const statusOf = (found: Finding): string => (found.overridden === true ? `overridden: ${found.justification ?? ''}` : 'open');

function findingsTable(judged: JudgedRegister): ReportTable {
  const { evaluation } = judged;
  return {
    title: `Policy findings (${evaluation.packs.join(', ')})`,
    columns: ['rule', 'severity', 'indicator', 'status', 'finding', 'references'],
    rows: evaluation.findings.map((f) => [f.rule, f.severity, f.indicator ?? '(register)', statusOf(f), f.message, f.references.join('; ')]),
    notes: [
      `${evaluation.violations} open violations, ${evaluation.warnings} warnings, ${evaluation.overridden} overridden.`,
      judged.inForce ? 'This register is the one in force.' : `This register (sha256 ${judged.hash}) is NOT the one in force.`,
    ],
  };
}

function overridesTable(data: ComplianceData): ReportTable {
  const overrides = data.active?.overrides ?? [];
  return {
    title: 'Overrides: violations kept on purpose',
    columns: ['rule', 'indicator', 'approved by', 'on', 'justification'],
    rows: overrides.map((o) => [o.rule, o.indicator, o.approvedBy, o.date, o.justification]),
    notes: overrides.length === 0 ? ['None: the register in force keeps no violation.'] : [],
  };
}

const scheduleTable = (data: ComplianceData): ReportTable => ({
  title: 'Retention schedule',
  columns: ['category', 'kept (days)', 'set by'],
  rows: Object.entries(data.schedule.days).map(([category, days]) => [category, days, data.schedule.sources[category as keyof typeof data.schedule.sources]]),
});

function proofsTable(data: ComplianceData): ReportTable {
  const newest = [...data.proofs].reverse().slice(0, proofsShown);
  return {
    title: 'Retention proofs (RetentionApplied, newest first)',
    columns: ['run at', 'category', 'cut-off', 'streams deleted', 'streams truncated', 'events deleted', 'hash of deleted ids'],
    rows: newest.map((p) => [p.at, p.category, p.cutoff, p.streams, p.truncated, p.events, p.deletedIdsHash]),
    notes: [
      ...(data.proofs.length === 0 ? ['No retention run yet (fairscan retention run).'] : []),
      ...(data.proofs.length > proofsShown ? [`${data.proofs.length - proofsShown} older proofs in audit-${data.site}.`] : []),
      `Each proof is an entry of the hash-chained audit: fairscan audit verify checks that none was edited, removed or reordered.`,
    ],
  };
}

function accessTable(data: ComplianceData): ReportTable {
  const total = data.accesses.reduce((sum, count) => sum + count.reads, 0);
  return {
    title: 'Reads of personal data, by role and purpose',
    columns: ['role', 'purpose', 'reads'],
    rows: data.accesses.map((count) => [count.role, count.purpose, count.reads]),
    notes: [`${total} reads logged in all, ${data.erasures} erasures (GDPR-17). Counts only: this document names no reader and no worker.`],
  };
}

/** The DPO's copy alone: each read with its reader and subject (never in the works council's document). */
export const readsTable = (data: ComplianceData): ReportTable => ({
  title: 'Reads of personal data, one by one (DPO copy: not for circulation)',
  columns: ['at', 'account', 'role', 'subject', 'purpose', 'what'],
  rows: (data.reads ?? []).map((r) => [r.at, r.actor, r.role, r.subject, r.purpose, r.what]),
});

/** The sections, in the order a works council reads them. */
export function complianceTables(data: ComplianceData): ReportTable[] {
  const judged = data.judged === undefined ? [] : [indicatorTable(data.judged), findingsTable(data.judged)];
  return [registerTable(data), ...judged, overridesTable(data), scheduleTable(data), proofsTable(data), accessTable(data), ...(data.reads === undefined ? [] : [readsTable(data)])];
}
