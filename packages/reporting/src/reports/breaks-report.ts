import { breakCompliance, supervisorView, type BreakComplianceState, type BreakStatus } from '@fairscan/domain';
import { defineReport } from './report-definition.js';

/**
 * Protective, not a stopwatch (FR-L3121-16, CNIL-IDLE): which shifts are owed
 * a break, from declared breaks only. Supervisors see a status per shift
 * pseudonym and nothing else: no durations, no break times.
 */
export const breaksReport = defineReport<BreakComplianceState>({
  name: 'breaks',
  description: 'break compliance: shifts owed a break, or that missed one (20 min after 6 h worked)',
  // Alerts name shift pseudonyms: read as a named account, each one shown is logged.
  personal: { subjectColumn: 'shift pseudonym', purpose: 'break compliance: breaks owed (FR-L3121-16)' },
  projection: breakCompliance,
  tables(state, { asOf, limit }) {
    const rows = supervisorView(state, asOf);
    const count = (status: BreakStatus) => rows.filter((row) => row.status === status).length;
    const alerts = rows.filter((row) => row.status !== 'ok');
    return [
      {
        title: `Break compliance (as of ${asOf}): ${rows.length} shifts`,
        columns: ['status', 'shifts'],
        rows: [
          ['owed', count('owed')],
          ['missed', count('missed')],
          ['due-soon', count('due-soon')],
          ['ok', count('ok')],
        ],
      },
      {
        title: 'Alerts: a break is owed, was missed, or is due soon',
        columns: ['shift pseudonym', 'status'],
        rows: alerts.slice(0, limit).map((row) => [row.operator, row.status]),
        notes: [
          ...(alerts.length > limit ? [`${alerts.length - limit} more alerts not shown (--limit)`] : []),
          'Breaks are declared (worker, schedule or badge), never inferred from scanner inactivity.',
        ],
      },
    ];
  },
});
