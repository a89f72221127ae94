import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fairscan } from './cli.js';
import { registerWithIdleOverride } from './override-register.js';
import { holders, type PrivacySite, privacySite, site } from './privacy-site.js';

/** A justification with markup in it: the HTML page must show it as text. */
const justification = 'forklift study <script>alert("cse")</script> & agreed with the CSE';

const registerText = (): string => registerWithIdleOverride(site, justification);

const personPatterns = [/op_[a-z2-7]{4}/, /sub_[a-z2-7]{4}/, /\bE\d{4}\b/];

describe('fairscan compliance-report: what a works council is shown', function () {
  let day: PrivacySite;
  let register: string;
  const run = (...args: string[]) => fairscan([...day.storeArgs, ...args]);

  before(function () {
    return privacySite(3000).then((made) => {
      day = made;
      register = join(day.dir, 'register.yaml');
      writeFileSync(register, registerText());
      expect(run('policy', 'activate', register, '--as', 'sm').status).to.equal(0);
      expect(run('report', 'breaks', '--as', 'lea', '--as-of', '2026-03-02T12:00:00Z').status).to.equal(0);
      expect(run('retention', 'run', '--as', 'dpo', '--now', '2026-03-12T00:00:00Z').status).to.equal(0);
    });
  });

  after(function () {
    day.remove();
  });

  it('shows the register, its findings and overrides, the schedule, the proofs and reads by role, naming no one', function () {
    const out = run('compliance-report', '--as', 'sm', '--register', register);
    expect(out.status, out.stderr).to.equal(0);
    for (const heading of ['## Indicator register in force', '## Indicators declared', '## Policy findings (fr-cnil-2023)', '## Overrides', '## Retention schedule', '## Retention proofs', '## Reads of personal data, by role and purpose']) {
      expect(out.stdout).to.contain(heading);
    }
    expect(out.stdout).to.match(/\| CNIL-IDLE \| violation \| idle-time \| overridden: forklift study/);
    expect(out.stdout).to.contain('This register is the one in force.');
    expect(out.stdout).to.match(/\| \S+ \| attribution \| 2026-03-1\d\S* \| \d+ \| \d+ \| [1-9]\d* \| [0-9a-f]{64} \|/);
    expect(out.stdout).to.match(/\| team-lead \| break compliance: breaks owed \(FR-L3121-16\) \| [1-9]\d* \|/);
    for (const pattern of personPatterns) expect(out.stdout).not.to.match(pattern);
    expect(out.stdout, 'the reader is counted, not named').not.to.contain('| lea |').and.not.to.contain(holders.lea);
  });

  it('writes a self-contained HTML page with every value escaped', function () {
    const file = join(day.dir, 'works-council.html');
    expect(run('compliance-report', '--as', 'dpo', '--register', register, '--format', 'html', '--out', file).status).to.equal(0);
    const html = readFileSync(file, 'utf8');
    expect(html).to.match(/^<!doctype html>/).and.to.contain("default-src 'none'");
    expect(html).to.contain('forklift study &lt;script&gt;alert(&quot;cse&quot;)&lt;/script&gt; &amp; agreed');
    expect(html).not.to.match(/<script|\bsrc=|\bhref=/i);
    expect(html).to.contain('<h2>Retention proofs (RetentionApplied, newest first)</h2>');
    for (const pattern of personPatterns) expect(html).not.to.match(pattern);
  });

  it('gives the DPO alone the reads one by one, and logs that read', function () {
    const manager = run('compliance-report', '--as', 'sm', '--detail');
    expect(manager.status).to.equal(1);
    expect(manager.stderr).to.contain('may not read:audit');
    const dpo = run('compliance-report', '--as', 'dpo', '--detail');
    expect(dpo.status, dpo.stderr).to.equal(0);
    expect(dpo.stdout).to.contain('DPO copy').and.to.match(/\| lea \| team-lead \| (site:priv-1|op_[a-z2-7]+) \|/);
    expect(dpo.stdout).to.match(/\| dpo \| dpo \| site:priv-1 \| compliance review: reads one by one \| compliance-report --detail \|/);
  });

  it('is refused to workers and analysts, and asks for an account', function () {
    for (const account of ['w.e1', 'ana']) {
      const refused = run('compliance-report', '--as', account);
      expect(refused.status).to.equal(1);
      expect(refused.stderr).to.contain('may not manage:policy');
      expect(refused.stdout).to.equal('');
    }
    expect(run('compliance-report').status).to.equal(2);
  });
});
