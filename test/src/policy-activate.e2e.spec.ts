import { expect } from 'chai';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fairscan, root } from './cli.js';
import { registerWithIdleOverride } from './override-register.js';

const example = (name: string): string => readFileSync(join(root, 'examples/registers', name), 'utf8');

// The issue: "The command handler refuses to activate a violating register unless each
// violation has a recorded override with a justification; overrides show in every report."
describe('fairscan policy activate and show', function () {
  const dir = mkdtempSync(join(tmpdir(), 'fairscan-policy-'));
  const store = ['--store', join(dir, 'site.db'), '--site', 'lille-1'];
  const run = (...args: string[]) => fairscan([...args, ...store]);
  const file = (name: string, text: string): string => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const kept = file('kept-override.yaml', registerWithIdleOverride('lille-1', 'forklift safety study agreed with the CSE, ends 2026-06'));

  before(function () {
    expect(run('accounts', 'add', 'c.martin', '--holder', 'Camille Martin', '--role', 'dpo').status).to.equal(0);
    expect(run('accounts', 'add', 'lea', '--holder', 'Léa Roux', '--role', 'team-lead', '--team', 'team-02', '--as', 'c.martin').status).to.equal(0);
  });

  after(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses the register of the CNIL decision: exit 1 naming each blocking rule and indicator, nothing activated', function () {
    const cnil = file('cnil.yaml', example('cnil-2023-decision.yaml').replace('site: lauwin-planque', 'site: lille-1'));
    const result = run('policy', 'activate', cnil, '--as', 'c.martin');
    expect(result.status).to.equal(1);
    expect(result.stderr).to.contain('register for site "lille-1" not activated: 14 violations without a justified override');
    for (const line of ['CNIL-SMG on indicator "stow-machine-gun"', 'CNIL-IDLE on indicator "idle-time"', 'CNIL-BADGE on indicator "badge-to-first-scan"', 'CNIL-RET-31 at retention.attribution']) {
      expect(result.stderr).to.contain(line);
    }
    expect(run('policy', 'show').stdout).to.contain('no register activated at lille-1');
  });

  it('refuses a team lead (manage:policy is for site managers and the DPO) and a register for another site', function () {
    const lead = run('policy', 'activate', join(root, 'examples/registers/proportionate.yaml'), '--as', 'lea');
    expect(lead.status).to.equal(1);
    expect(lead.stderr).to.contain('account "lea" (team-lead) may not manage:policy; allowed for: site-manager, dpo');
    const other = run('policy', 'activate', join(root, 'examples/registers/cnil-2023-decision.yaml'), '--as', 'c.martin');
    expect(other.status).to.equal(2);
    expect(other.stderr).to.contain('the register is for site "lauwin-planque", not "lille-1"');
  });

  it('activates the proportionate register (exit 0) and shows it; activating it again changes nothing', function () {
    const result = run('policy', 'activate', join(root, 'examples/registers/proportionate.yaml'), '--as', 'c.martin');
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/^register in force at lille-1: sha256 [0-9a-f]{64}$/m);
    expect(result.stdout).to.contain('by c.martin, judged against fr-cnil-2023');
    expect(result.stdout).to.contain('overrides: none (no violation is kept)');
    const again = run('policy', 'activate', join(root, 'examples/registers/proportionate.yaml'), '--as', 'c.martin');
    expect(again.stdout).to.match(/is already in force at lille-1: nothing changed/);
    expect(run('report', 'stations').stdout).not.to.contain('overridden');
  });

  it('activates a violation kept by a justified override, and every report names it', function () {
    const result = run('policy', 'activate', kept, '--as', 'c.martin');
    expect(result.status, result.stderr).to.equal(0);
    const override = 'CNIL-IDLE on "idle-time": approved by Camille Martin on 2026-02-12: forklift safety study agreed with the CSE, ends 2026-06';
    expect(run('policy', 'show').stdout).to.contain(override);
    const note = /^Register in force at lille-1 \([0-9a-f]{12}, activated .+\) keeps 1 overridden violation: CNIL-IDLE on "idle-time" \(approved by Camille Martin on 2026-02-12: forklift safety study/m;
    for (const name of ['stations', 'packages', 'stock', 'tasks']) expect(run('report', name).stdout, name).to.match(note);
    const json = JSON.parse(run('report', 'stations', '--format', 'json').stdout) as { notes: string[] };
    expect(json.notes.join('\n')).to.match(note);
    expect(run('report', 'stock', '--format', 'csv').stderr).to.match(note);
  });
});
