import { expect } from 'chai';
import { InMemoryKeyVault } from '../vault/in-memory-key-vault.js';
import { SubjectErasedError } from '../vault/key-vault.js';
import { isSubjectRef } from './identity-events.js';
import { employeeIdOf, ensureSubject, findSubject, subjectOf } from './subject-keys.js';

describe('subject keys', () => {
  it('finds nothing and creates nothing for an employee never seen', async () => {
    const vault = new InMemoryKeyVault();
    expect(await findSubject(vault, 'lille-1', 'E-0042')).to.deep.equal({ status: 'unknown' });
    expect(await vault.getKey('pepper:lille-1')).to.equal(undefined);
  });

  it('gives an employee one stable subject reference per site', async () => {
    const vault = new InMemoryKeyVault();
    const first = await ensureSubject(vault, 'lille-1', 'E-0042');
    expect(isSubjectRef(first.subjectRef)).to.equal(true);
    expect((await ensureSubject(vault, 'lille-1', ' E-0042 ')).subjectRef).to.equal(first.subjectRef);
    expect(await subjectOf(vault, 'lille-1', 'E-0042')).to.equal(first.subjectRef);
    expect((await ensureSubject(vault, 'lille-1', 'E-0043')).subjectRef).not.to.equal(first.subjectRef);
    expect((await ensureSubject(vault, 'lyon-2', 'E-0042')).subjectRef).not.to.equal(first.subjectRef);
  });

  it('derives the reference from random vault keys, so the employee id alone cannot recompute it', async () => {
    const [a, b] = [await ensureSubject(new InMemoryKeyVault(), 'lille-1', 'E-0042'), await ensureSubject(new InMemoryKeyVault(), 'lille-1', 'E-0042')];
    expect(a.subjectRef).not.to.equal(b.subjectRef);
    expect(a.lookupId).not.to.include('E-0042');
  });

  it('cannot find an employee once the lookup key is destroyed, and will not register them again', async () => {
    const vault = new InMemoryKeyVault();
    const { lookupId } = await ensureSubject(vault, 'lille-1', 'E-0042');
    await vault.destroyKey(lookupId);
    expect(await findSubject(vault, 'lille-1', 'E-0042')).to.deep.equal({ status: 'erased', lookupId });
    expect(await subjectOf(vault, 'lille-1', 'E-0042')).to.equal(undefined);
    let error: unknown;
    await ensureSubject(vault, 'lille-1', 'E-0042').catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(SubjectErasedError);
    expect((error as Error).message).to.equal(
      'site "lille-1": this employee was erased (GDPR-17); a returning employee needs a new employee id',
    );
  });

  it('refuses an empty employee id and one equal to the masked marker', () => {
    expect(() => employeeIdOf('  ')).to.throw(TypeError, 'employee id "  ": must be a non-empty id other than [erased]');
    expect(() => employeeIdOf('[erased]')).to.throw(TypeError);
    expect(employeeIdOf(' E-0042\t')).to.equal('E-0042');
  });
});
