import { expect } from 'chai';
import { type RegisterCommand } from '../commands/command.js';
import { type RegisterActivated } from '../events/policy-events.js';
import { cnilDecisionRegister, proportionateRegister } from '../policy/examples.fixture.spec.js';
import { aRegister, anIndicator, anOverride } from '../policy/policy.fixture.spec.js';
import { deciderSpec } from '../testing/decider-spec.js';
import { registerDecider } from './register-decider.js';

const at = '2026-03-01T08:00:00Z';
const spec = deciderSpec(registerDecider);
const activate = (register: unknown, extra: Partial<RegisterCommand['data']> = {}): RegisterCommand =>
  ({ type: 'ActivateRegister', data: { register, at, ...extra } }) as RegisterCommand;

const idleTime = anIndicator({ id: 'idle-time', measure: 'inactivity', subject: 'individual', threshold: 600, override: anOverride('CNIL-IDLE') });

describe('registerDecider', () => {
  it('given the register of the CNIL decision, when ActivateRegister, then it is refused naming each blocking rule and indicator', () => {
    const { error } = spec.given([]).when(activate(cnilDecisionRegister));
    expect(error?.code).to.equal('register-violations');
    const message = error?.message ?? '';
    expect(message).to.match(/^register for site "lauwin-planque" not activated: \d+ violations without a justified override\n/);
    expect(message).to.contain('  CNIL-SMG on indicator "stow-machine-gun" (indicators[0].measure)');
    expect(message).to.contain('  CNIL-IDLE on indicator "idle-time"');
    expect(message).to.contain('  CNIL-LATENCY on indicator "latency-under-ten"');
    expect(message).to.contain('  CNIL-BADGE on indicator "badge-to-first-scan"');
    expect(message).to.contain('  CNIL-RET-31 at retention.attribution (the whole register: no indicator override lifts it)');
    expect(message).to.contain('  CNIL-INFO at notice.givenTo');
  });

  it('given the proportionate register, when ActivateRegister, then RegisterActivated with its hash, packs and retention, no override', () => {
    const { events } = spec.given([]).when(activate(proportionateRegister, { activatedBy: 'c.martin' }));
    const data = (events?.[0] as RegisterActivated).data;
    expect(events?.map((event) => event.type)).to.eql(['RegisterActivated']);
    expect(data).to.deep.include({
      site: 'lille-1',
      noticeVersion: '2026-03',
      packs: ['fr-cnil-2023'],
      overrides: [],
      retention: { attribution: 1, task: 1, shift: 7, aggregate: 91 },
      activatedBy: 'c.martin',
      at,
    });
    expect(data.registerHash).to.match(/^[0-9a-f]{64}$/);
  });

  it('given a violation with a justified override, when ActivateRegister, then it is activated and the override is in the event', () => {
    const { events, error } = spec.given([]).when(activate(aRegister({ indicators: [idleTime] })));
    expect(error).to.equal(undefined);
    expect((events?.[0] as RegisterActivated).data.overrides).to.eql([
      { rule: 'CNIL-IDLE', indicator: 'idle-time', justification: 'forklift safety study agreed with the CSE, ends 2026-06', approvedBy: 'dpo@lille-1', date: '2026-02-12' },
    ]);
  });

  it('given an override whose justification is too short, when ActivateRegister, then it is refused naming the justification', () => {
    const weak = anIndicator({ id: 'idle-time', measure: 'inactivity', subject: 'individual', threshold: 600, override: [anOverride('CNIL-IDLE', { justification: 'approved' })] });
    const { error } = spec.given([]).when(activate(aRegister({ indicators: [weak] })));
    expect(error?.code).to.equal('invalid-register');
    expect(error?.message).to.contain('indicators[0].override[0].justification: must be at least 20 characters');
  });

  it('given the same register in another key order, when activated, then the hash is the same; a changed retention changes it', () => {
    const hashOf = (plain: unknown) => ((spec.given([]).when(activate(plain)).events?.[0] as RegisterActivated).data.registerHash);
    const reordered = Object.fromEntries(Object.entries(proportionateRegister as Record<string, unknown>).reverse());
    expect(hashOf(reordered)).to.equal(hashOf(proportionateRegister));
    expect(hashOf(aRegister({ retention: { attribution: 1, task: 1, shift: 6, aggregate: 91 } }))).not.to.equal(hashOf(aRegister()));
  });

  it('given the register already in force, when activated again, then nothing is appended; another register or other packs replace it', () => {
    const first = spec.given([]).when(activate(proportionateRegister)).events as RegisterActivated[];
    expect(spec.given(first).when(activate(proportionateRegister))).to.eql({ events: [] });
    expect(spec.given(first).when(activate(aRegister({ indicators: [idleTime] }))).events).to.have.lengthOf(1);
    const morePacks = spec.given(first).when(activate(proportionateRegister, { packs: ['fr-cnil-2023', 'us-ca-ab701'] })).events as RegisterActivated[];
    expect(morePacks.map((event) => event.data.packs)).to.eql([['fr-cnil-2023', 'us-ca-ab701']]);
  });

  it('given a rule pack that does not exist, when ActivateRegister, then it is refused naming the known packs', () => {
    const { error } = spec.given([]).when(activate(proportionateRegister, { packs: ['fr-cnil-2019'] }));
    expect(error?.code).to.equal('unknown-rule-pack');
    expect(error?.message).to.equal('unknown rule pack "fr-cnil-2019" (known: fr-cnil-2023, us-ca-ab701)');
  });
});
