import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CommandHandler, HandlerScanIngest, InMemoryCheckpointStore, InMemoryEventStore } from '@fairscan/event-store';
import { expectStoredOnce, storedScanIds, validScans } from '@fairscan/event-store/scanner-conformance';
import { importFile } from './import-file.js';
import { type FileRejection } from './rejection-report.js';

describe('importFile', () => {
  let dir: string;
  let store: InMemoryEventStore;
  let ingest: HandlerScanIngest;
  const checkpoints = new InMemoryCheckpointStore();
  const ids = (scans: readonly Record<string, unknown>[]) => scans.map((scan) => String(scan.scanId));
  const reportOf = (): FileRejection[] =>
    readFileSync(join(dir, 'report.ndjson'), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as FileRejection);

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'fairscan-import-'));
    store = new InMemoryEventStore();
    ingest = new HandlerScanIngest(new CommandHandler(store, { site: 'lille-1' }));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('given a gzipped NDJSON file named .ndjson, when imported, then gzip is detected by its magic bytes and every scan stored', async () => {
    const scans = validScans('tc52-0001', 40);
    const path = join(dir, 'export.ndjson');
    writeFileSync(path, gzipSync(scans.map((scan) => JSON.stringify(scan)).join('\n')));
    const summary = await importFile(ingest, { path, reportPath: join(dir, 'report.ndjson'), checkpoints, chunkLines: 7 });
    expect(summary).to.include({ stored: 40, rejected: 0, complete: true, lastLine: 40 });
    await expectStoredOnce(store, ids(scans), 0);
  });

  it('given a CSV whose headers differ from the scan fields, when imported with a mapping, then scans are stored and bad rows reported by line', async () => {
    const [first, second] = validScans('tc52-0002', 2) as [Record<string, string>, Record<string, string>];
    const row = (s: Record<string, string>, code = s.code) => [s.scanId, s.deviceId, code, s.bizStep, s.readPoint, s.bizLocation, s.occurredAt, ''].join(',');
    const csv = ['id,device,barcode,bizStep,readPoint,bizLocation,occurredAt,operator', row(first), row(second, '4006381333932'), 'only,three,cells'];
    const path = join(dir, 'wms.csv');
    writeFileSync(path, `${csv.join('\n')}\n`);
    const mapping = { scanId: 'id', deviceId: 'device', code: 'barcode' };
    const summary = await importFile(ingest, { path, mapping, reportPath: join(dir, 'report.ndjson'), checkpoints });
    expect(summary).to.include({ stored: 1, rejected: 2 });
    expect(await storedScanIds(store)).to.deep.equal([first.scanId]);
    const [badCode, short] = reportOf();
    expect(badCode).to.include({ line: 3, scanId: second.scanId });
    expect(badCode?.message).to.match(/^line 3: field "code": check digit/);
    expect(short?.message).to.equal('line 4: 3 columns where the header has 8');
  });

  it('given an import stopped part-way, when run again, then it resumes after its checkpoint and every line is stored once', async () => {
    const scans = validScans('tc52-0003', 2_000);
    const lines = scans.map((scan) => JSON.stringify(scan));
    lines.splice(1_000, 0, 'not json at all');
    const path = join(dir, 'day.ndjson');
    writeFileSync(path, `${lines.join('\n')}\n`);
    const stopping = new AbortController();
    const options = { path, reportPath: join(dir, 'report.ndjson'), checkpoints, chunkLines: 100, chunksInFlight: 2 };
    const first = await importFile(ingest, { ...options, signal: stopping.signal, onProgress: (p) => p.line >= 1_200 && stopping.abort() });
    expect(first.complete).to.equal(false);
    expect(first.lastLine).to.be.within(1_200, 1_500);
    const second = await importFile(ingest, options);
    expect(second).to.include({ resumedFrom: first.lastLine, complete: true, lastLine: 2_001, rejected: 1 });
    await expectStoredOnce(store, ids(scans), 0);
    expect(reportOf().map((r) => r.line)).to.deep.equal([1_001]);
  });
});
