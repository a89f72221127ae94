import { createWriteStream } from 'node:fs';
import { InvalidArgumentError, Option, type Command } from 'commander';
import { parseGln } from '@fairscan/domain';
import { assertAllowed } from '@fairscan/privacy';
import {
  defaultLocationBase,
  type ExportFormat,
  exportFormats,
  exportedEvents,
  operationalPrefixes,
  personalPrefixes,
  writeExport,
} from '@fairscan/reporting';
import { type Fairscan } from '../../container/build-container.js';
import { withFairscan } from '../open-fairscan.js';
import { parseInstant } from '../parse-options.js';
import { UsageError } from '../usage-error.js';
import { readerOf } from './report.js';

interface ExportOptions {
  readonly format: ExportFormat;
  readonly from?: string;
  readonly until?: string;
  readonly streamPrefix?: string[];
  readonly out?: string;
  readonly as?: string;
  readonly gln?: string;
  readonly locationBase?: string;
  readonly timeZoneOffset: string;
}

/** Operational streams only (CNIL-OK): a person's data leaves through `subject-access`, authorised and logged. */
function prefixesOf(options: ExportOptions, site: string): string[] {
  const prefixes = options.streamPrefix ?? (options.format === 'epcis' ? ['package-'] : operationalPrefixes(site));
  const personal = personalPrefixes(prefixes);
  if (personal.length > 0) {
    throw new UsageError(
      `--stream-prefix ${personal.join(', ')}: exports hold operational streams only (package-…, location-…); ` +
        "a worker's own data is exported with `fairscan subject-access`",
    );
  }
  return prefixes;
}

function glnOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parsed = parseGln(value);
  if (!parsed.ok) throw new UsageError(`--gln: ${parsed.message}`);
  return parsed.gln;
}

async function runExport(fairscan: Fairscan, options: ExportOptions): Promise<void> {
  const { store, config } = fairscan;
  const streamPrefixes = prefixesOf(options, config.site);
  const reader = await readerOf(fairscan, options.as);
  // Operational data names no one, so an account is optional; one given must be allowed to read it.
  if (reader.account !== undefined) assertAllowed(reader.account, 'read:operational', { site: config.site });
  const locations = { gln: glnOf(options.gln), base: options.locationBase ?? defaultLocationBase(config.site) };
  const epcis = { locations, timeZoneOffset: options.timeZoneOffset, createdAt: new Date().toISOString() };
  const out = options.out === undefined ? process.stdout : createWriteStream(options.out);
  const events = exportedEvents(store, { from: options.from, until: options.until, streamPrefixes });
  const count = await writeExport(events, options.format, out, { epcis, end: options.out !== undefined }).catch(quietOnClosedPipe);
  if (count === undefined) return;
  process.stderr.write(`exported ${count} events (${streamPrefixes.join(', ')}) as ${options.format}${options.out ? ` to ${options.out}` : ''}\n`);
}

/** `fairscan export | head`: the reader has all it wanted; stopping is not a failure. */
function quietOnClosedPipe(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'EPIPE') return undefined;
  throw error;
}

const offsetPattern = /^[+-]((0\d|1[0-3]):[0-5]\d|14:00)$/;

function parseOffset(value: string): string {
  if (!offsetPattern.test(value)) throw new InvalidArgumentError(`"${value}" is not a UTC offset like +01:00 or -05:00`);
  return value;
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('stream operational events (package-*, location-*) as CSV, NDJSON or EPCIS 2.0 JSON-LD, with flat memory')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...exportFormats]).default('csv'))
    .option('--from <time>', 'events that happened at or after this instant', parseInstant)
    .option('--until <time>', 'events that happened at or before this instant', parseInstant)
    .option('--stream-prefix <prefix...>', 'only streams starting with these (package-… or location-…)')
    .option('-o, --out <file>', 'write here instead of stdout')
    .option('--as <account>', 'the named account you export as (optional: operational data names no one)')
    .option('--gln <gln>', 'EPCIS: the site GLN; stations and bins become GS1 Digital Link sub-locations (AI 414 + 254)')
    .option('--location-base <uri>', 'EPCIS: base URI for station and bin names when the site has no GLN')
    .option('--time-zone-offset <offset>', 'EPCIS: the site UTC offset written as eventTimeZoneOffset', parseOffset, '+00:00')
    .action(async (options: ExportOptions, command: Command) => {
      await withFairscan(command, (fairscan) => runExport(fairscan, options));
    });
}
