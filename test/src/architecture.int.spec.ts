import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const depcruise = join(root, 'node_modules/.bin/depcruise');

/** Runs the repo's dependency-cruiser rules on a scratch tree; returns the exit status and output. */
function cruise(files: Record<string, string>): { status: number; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-arch-'));
  try {
    cpSync(join(root, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
    cpSync(join(root, 'tsconfig.base.json'), join(dir, 'tsconfig.base.json'));
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    const output = execFileSync(depcruise, ['packages', '--config', '.dependency-cruiser.cjs'], { cwd: dir, encoding: 'utf8', stdio: 'pipe' });
    return { status: 0, output };
  } catch (error) {
    const failed = error as { status: number; stdout: string };
    return { status: failed.status, output: failed.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('architecture rules (dependency-cruiser)', function () {
  it('passes a pure domain', function () {
    const result = cruise({ 'packages/domain/src/a.ts': "import { b } from './b.js';\nexport const a = b;\n", 'packages/domain/src/b.ts': 'export const b = 1;\n' });
    expect(result.status, result.output).to.equal(0);
  });

  it('fails when the domain imports a Node built-in', function () {
    const result = cruise({ 'packages/domain/src/a.ts': "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n" });
    expect(result.status).to.not.equal(0);
    expect(result.output).to.contain('domain-no-node-builtins');
  });

  it('fails when the domain imports another package', function () {
    const result = cruise({
      'packages/domain/src/a.ts': "import { x } from '../../event-store/src/x.js';\nexport const a = x;\n",
      'packages/event-store/src/x.ts': 'export const x = 1;\n',
    });
    expect(result.output).to.contain('domain-is-pure');
    expect(result.status).to.not.equal(0);
  });

  it('fails when one adapter imports another', function () {
    const result = cruise({
      'packages/scanner-http/src/a.ts': "import { s } from '../../storage-sqlite/src/s.js';\nexport const a = s;\n",
      'packages/storage-sqlite/src/s.ts': 'export const s = 1;\n',
    });
    expect(result.output).to.contain('adapters-do-not-import-adapters');
    expect(result.status).to.not.equal(0);
  });
});
