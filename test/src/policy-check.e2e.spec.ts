import { expect } from 'chai';
import { fairscan } from './cli.js';

describe('fairscan policy check', function () {
  it('exits 0 on the proportionate example register', function () {
    const run = fairscan(['policy', 'check', 'examples/registers/proportionate.yaml']);
    expect(run.status, run.stdout + run.stderr).to.equal(0);
  });

  it('exits 1 on the register modelled on the CNIL decision and names every ruled-out indicator', function () {
    const run = fairscan(['policy', 'check', 'examples/registers/cnil-2023-decision.yaml', '--format', 'json']);
    expect(run.status).to.equal(1);
    const { findings } = JSON.parse(run.stdout) as { findings: Array<{ rule: string; severity: string }> };
    const violated = new Set(findings.filter((f) => f.severity === 'violation').map((f) => f.rule));
    for (const rule of ['CNIL-SMG', 'CNIL-IDLE', 'CNIL-LATENCY', 'CNIL-BADGE', 'CNIL-RET-31', 'CNIL-INFO']) {
      expect(violated, rule).to.include(rule);
    }
  });

  it('exits 2 on a malformed register and names the bad path', function () {
    const run = fairscan(['policy', 'check', 'examples/registers/malformed.yaml']);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.contain('indicators[0].camera');
    expect(run.stderr).to.contain('indicators[1].measure');
  });

  it('exits 2 on a file that does not exist', function () {
    const run = fairscan(['policy', 'check', 'examples/registers/nope.yaml']);
    expect(run.status).to.equal(2);
    expect(run.stderr).to.contain('nope.yaml');
  });
});
