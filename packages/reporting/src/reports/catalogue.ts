import { backlogReport } from './backlog-report.js';
import { breaksReport } from './breaks-report.js';
import { packagesReport } from './packages-report.js';
import { stationsReport } from './stations-report.js';
import { stockReport } from './stock-report.js';
import { tasksReport } from './tasks-report.js';
import { teamAggregatesReport } from './team-aggregates-report.js';
import { type ReportDefinition } from './report-definition.js';

/** Every report `fairscan report <name>` knows, in the order the demo prints them. */
export const reports: readonly ReportDefinition[] = [
  stationsReport,
  packagesReport,
  stockReport,
  tasksReport,
  backlogReport,
  breaksReport,
  teamAggregatesReport,
];

export const reportNames = reports.map((report) => report.name);

export function findReport(name: string): ReportDefinition | undefined {
  return reports.find((report) => report.name === name);
}
