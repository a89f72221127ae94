import { expect } from 'chai';
import type Database from 'better-sqlite3';
import { openDatabase } from './connection.js';
import { migrate, migrations } from './migrations.js';
import { tempDir } from '../testing/temp-store.js';

const appliedVersions = (db: Database.Database): number[] =>
  db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all() as number[];

describe('schema migrations', () => {
  const dir = tempDir();
  after(() => dir.remove());

  it('creates every table of a new file and records each migration once', () => {
    const db = openDatabase({ path: dir.file('new.db') });
    try {
      const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all();
      expect(tables).to.include.members(['events', 'streams', 'checkpoints', 'schema_migrations']);
      expect(appliedVersions(db)).to.deep.equal(migrations.map((migration) => migration.version));
    } finally {
      db.close();
    }
  });

  it('applies nothing twice on reopen, and applies a later migration exactly once', () => {
    const path = dir.file('reopen.db');
    openDatabase({ path }).close();
    const db = openDatabase({ path });
    try {
      expect(migrate(db), 'reopen').to.deep.equal([]);
      const next = { version: migrations.length + 1, name: 'bin index', sql: 'CREATE INDEX events_type ON events (type)' };
      expect(migrate(db, [...migrations, next])).to.deep.equal([next.version]);
      expect(migrate(db, [...migrations, next])).to.deep.equal([]);
      expect(appliedVersions(db).at(-1)).to.equal(next.version);
    } finally {
      db.close();
    }
  });

  it('leaves no table behind when a migration fails', () => {
    const db = openDatabase({ path: dir.file('broken.db') });
    try {
      const broken = [...migrations, { version: 99, name: 'broken', sql: 'CREATE TABLE half (x); CREATE TABLE events (y)' }];
      expect(() => migrate(db, broken)).to.throw(/already exists/);
      expect(db.prepare("SELECT COUNT(*) FROM sqlite_master WHERE name = 'half'").pluck().get()).to.equal(0);
      expect(appliedVersions(db)).to.not.include(99);
    } finally {
      db.close();
    }
  });

  it('opens in WAL mode with secure_delete on and the requested durability', () => {
    const full = openDatabase({ path: dir.file('full.db') });
    const normal = openDatabase({ path: dir.file('normal.db'), synchronous: 'NORMAL' });
    try {
      expect(full.pragma('journal_mode', { simple: true })).to.equal('wal');
      expect(full.pragma('secure_delete', { simple: true })).to.equal(1);
      expect(full.pragma('synchronous', { simple: true }), 'FULL by default').to.equal(2);
      expect(normal.pragma('synchronous', { simple: true })).to.equal(1);
    } finally {
      full.close();
      normal.close();
    }
  });
});
