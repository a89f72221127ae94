import { Option, type Command } from 'commander';
import {
  findReport,
  isReportFormat,
  overridesNote,
  readActiveRegister,
  renderReport,
  reportFormats,
  reportNames,
  runReports,
  type ReportDefinition,
  type ReportFormat,
  type ReportTable,
} from '@fairscan/reporting';
import { actingAccount } from '@fairscan/privacy';
import { withFairscan } from '../open-fairscan.js';
import { parseInstant, parsePositiveInt } from '../parse-options.js';
import { logPeopleShown, openPersonalRead, openRestrictedRead, type ReportReader, scopeToReader } from '../report-access.js';
import { UsageError } from '../usage-error.js';

export interface ReportOptions {
  readonly format: ReportFormat;
  readonly asOf?: string;
  readonly until?: string;
  /** `replay --from`: leave out what happened before. */
  readonly from?: string;
  readonly limit: number;
  /** The named account reading: required for reports that show people (breaks). */
  readonly as?: string;
}

export const formatOption = () =>
  new Option('-f, --format <format>', 'output format').choices([...reportFormats]).default('table' as ReportFormat);

export const asOption = () =>
  new Option('--as <account>', 'the named account you read as; required for breaks (team-lead, site-manager or dpo), logged');

function definitionsOf(names: readonly string[]): ReportDefinition[] {
  return names.map((name) => {
    const definition = findReport(name);
    if (!definition) throw new UsageError(`unknown report "${name}"; choose one of: ${reportNames.join(', ')}`);
    return definition;
  });
}

/** What the access audit records as read. */
const whatOf = (names: readonly string[], options: ReportOptions): string => {
  const at = options.until ?? options.asOf;
  const window = options.from === undefined ? '' : ` from ${options.from}`;
  return `report ${names.join(', ')}${window}${at === undefined ? '' : ` as of ${at}`}`;
};

/** Overrides show in every report: a line above the tables, a note in JSON, stderr beside CSV (which has no notes). */
function write(tables: readonly ReportTable[], format: ReportFormat, note: string | undefined): void {
  const shown = note !== undefined && format === 'json' ? tables.map((table) => ({ ...table, notes: [...(table.notes ?? []), note] })) : tables;
  if (note !== undefined && format === 'csv') process.stderr.write(`${note}\n`);
  const header = note !== undefined && (format === 'table' || format === 'markdown') ? `${note}\n\n` : '';
  process.stdout.write(`${header}${shown.map((table) => renderReport(table, format)).join('\n\n')}\n`);
}

/** What a long fold reports while it reads: each event's position, then the end of reading. */
export interface FoldHooks {
  onRead?(globalPosition: number): void;
  folded?(): void;
}

/** Prints the named reports from one pass over the store; a report that shows people is gated and logged. */
export async function printReports(reader: ReportReader, names: readonly string[], options: ReportOptions, hooks: FoldHooks = {}): Promise<void> {
  const definitions = definitionsOf(names);
  if (!isReportFormat(options.format)) throw new UsageError(`unknown format "${String(options.format)}"`);
  const what = whatOf(names, options);
  const team = openRestrictedRead(reader, definitions);
  await openPersonalRead(reader, definitions, what);
  const { asOf, until, from, limit } = options;
  const folded = await runReports(reader.store, definitions, { asOf, until, from, limit, team, onRead: hooks.onRead });
  hooks.folded?.();
  const tables = await scopeToReader(reader, definitions, folded);
  await logPeopleShown(reader, definitions, tables, what);
  write(tables, options.format, overridesNote(await readActiveRegister(reader.store, reader.site)));
}

/** The reader of a CLI report command: `--as`, when given, must be an account of the site. */
export async function readerOf(fairscan: { store: ReportReader['store']; config: { site: string } }, as: string | undefined): Promise<ReportReader> {
  const { store, config } = fairscan;
  return as === undefined ? { store, site: config.site } : { store, site: config.site, account: await actingAccount(store, config.site, as) };
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description(`print a report: ${reportNames.join(', ')} (breaks lists shift pseudonyms: --as required, logged; team-aggregates: --as a team-lead, site-manager or analyst)`)
    .argument('<name>', `one of: ${reportNames.join(', ')}`)
    .addOption(formatOption())
    .option('--as-of <time>', 'judge statuses (e.g. breaks owed) at this instant; default the newest event', parseInstant)
    .option('--limit <n>', 'longest list a table shows', parsePositiveInt, 15)
    .addOption(asOption())
    .action(async (name: string, options: ReportOptions, command: Command) => {
      await withFairscan(command, async (fairscan) => printReports(await readerOf(fairscan, options.as), [name], options));
    });
}
