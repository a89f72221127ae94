import { type Command } from 'commander';
import { type OperatorRef } from '@fairscan/domain';
import { guardRead, ownerOf, resolvePseudonym } from '@fairscan/privacy';
import { addAsOption, parsePseudonym, say, withAccount } from './acting-as.js';

export function registerIdentity(program: Command): void {
  const identity = program.command('identity').description('the pseudonym ↔ employee registry (DPO only, every lookup logged)');
  addAsOption(identity.command('resolve').description('who wore a shift pseudonym: the employee id, or [erased]'), 'a DPO account')
    .argument('<pseudonym>', 'the shift pseudonym, op_…', parsePseudonym)
    .action(async (operator: OperatorRef, options: { as: string }, command: Command) => {
      await withAccount(command, options.as, async ({ store, vault, config }, account) => {
        const owner = await ownerOf(store, config.site, operator);
        const resource = { site: config.site, ...(owner === undefined ? {} : { subject: owner.subjectRef }) };
        await guardRead(store, account, { action: 'read:identity', resource, subject: operator, purpose: 'resolve a pseudonym', what: `identity ${operator}` });
        const employee = await resolvePseudonym(store, vault, config.site, operator);
        if (employee === undefined) throw new Error(`pseudonym ${operator} was not issued at site "${config.site}"`);
        say(employee);
      });
    });
}
