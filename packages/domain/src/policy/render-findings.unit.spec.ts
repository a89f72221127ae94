import { expect } from 'chai';
import { evaluateRegister, type Evaluation } from './evaluate-register.js';
import { renderFindings } from './render-findings.js';
import { aRegister, anOverride, registerWith, validRegister } from './policy.fixture.spec.js';

const unconsulted = { consultation: undefined };
const mixed = (): Evaluation =>
  evaluateRegister(registerWith([
    { id: 'idle-time', measure: 'inactivity', subject: 'individual', threshold: 600, override: anOverride('CNIL-IDLE') },
    { id: 'stow-gun', measure: 'scan-interval', subject: 'individual', threshold: 1.25 },
  ], unconsulted));

describe('renderFindings', () => {
  it('given findings, when rendered as JSON, then it is exactly { findings } with stable keys and overrides only where present', () => {
    const json = JSON.parse(renderFindings(mixed(), 'json')) as { findings: Record<string, unknown>[] };
    expect(Object.keys(json)).to.eql(['findings']);
    expect(json.findings.map((found) => Object.keys(found))).to.eql([
      ['rule', 'severity', 'indicator', 'path', 'message', 'references'],
      ['rule', 'severity', 'indicator', 'path', 'message', 'references', 'overridden', 'justification'],
      ['rule', 'severity', 'indicator', 'path', 'message', 'references'],
    ]);
    expect(json.findings[0]).to.include({ rule: 'CNIL-SMG', severity: 'violation', indicator: 'stow-gun', path: 'indicators[1].measure' });
    expect(json.findings[1]).to.include({ rule: 'CNIL-IDLE', overridden: true, justification: anOverride('CNIL-IDLE')['justification'] });
    expect(json.findings[2]).to.include({ rule: 'FR-L2312-38', severity: 'warning', indicator: null });
    expect(json.findings[2]?.['references']).to.eql(['Code du travail L2312-38']);
  });

  it('given no findings, when rendered as JSON, then the list is empty', () => {
    expect(JSON.parse(renderFindings(evaluateRegister(validRegister(aRegister())), 'json'))).to.eql({ findings: [] });
  });

  it('given findings, when rendered as text, then each shows rule, path, message and references, and overrides their justification', () => {
    const text = renderFindings(mixed(), 'text');
    expect(text).to.include('VIOLATION CNIL-SMG at indicators[1].measure (stow-gun)');
    expect(text).to.include('VIOLATION (OVERRIDDEN) CNIL-IDLE at indicators[0].measure (idle-time)');
    expect(text).to.include(`  justification: ${String(anOverride('CNIL-IDLE')['justification'])}`);
    expect(text).to.include('  references: CNIL SAN-2023-021; GDPR Art. 5(1)(c)');
    expect(text).to.include('WARNING FR-L2312-38 at consultation.worksCouncil');
    expect(text.trimEnd().split('\n').at(-1)).to.equal('fr-cnil-2023: 1 violation, 1 warning, 1 overridden');
  });

  it('given no findings, when rendered as text, then it says so', () => {
    expect(renderFindings(evaluateRegister(validRegister(aRegister())), 'text')).to.equal('no findings\nfr-cnil-2023: 0 violations, 0 warnings, 0 overridden\n');
  });

  it('given findings, when rendered as markdown, then it is a table a works council can read, pipes escaped', () => {
    const evaluation = mixed();
    const withPipe = { ...evaluation, findings: [{ ...evaluation.findings[0]!, message: 'a | b' }] };
    const markdown = renderFindings(withPipe, 'markdown');
    expect(markdown).to.include('| severity | rule | indicator | path | message | justification | references |');
    expect(markdown).to.include('| violation | CNIL-SMG | stow-gun | `indicators[1].measure` | a \\| b |  |');
    expect(renderFindings(evaluation, 'markdown')).to.include('| violation (overridden) | CNIL-IDLE | idle-time |');
    expect(markdown).to.include('**fr-cnil-2023: 1 violation, 1 warning, 1 overridden**');
  });
});
