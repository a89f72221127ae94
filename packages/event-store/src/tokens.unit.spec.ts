import { expect } from 'chai';
import { TOKENS } from './tokens.js';

describe('TOKENS', () => {
  it('are global symbols, so an adapter bound through another copy of this package is still found', () => {
    expect(TOKENS.EventStore).to.equal(Symbol.for('fairscan.EventStore'));
    expect(TOKENS.CheckpointStore).to.equal(Symbol.for('fairscan.CheckpointStore'));
    expect(TOKENS.Clock).to.equal(Symbol.for('fairscan.Clock'));
    expect(TOKENS.CommandHandler).to.equal(Symbol.for('fairscan.CommandHandler'));
    expect(TOKENS.SiteConfig).to.equal(Symbol.for('fairscan.SiteConfig'));
  });
});
