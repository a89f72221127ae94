import { type Command } from 'commander';
import { eraseEmployee } from '@fairscan/privacy';
import { addAsOption, say, withAccount } from './acting-as.js';

export function registerErase(program: Command): void {
  addAsOption(
    program.command('erase').description('erase an employee (GDPR Art. 17): destroy their keys, delete their shifts, compact the store'),
    'a DPO account',
  )
    .argument('<employee>', 'employee id')
    .action(async (employeeId: string, options: { as: string }, command: Command) => {
      await withAccount(command, options.as, async ({ store, vault }, account) => {
        const report = await eraseEmployee(store, vault, account, employeeId);
        if (report.status !== 'erased') {
          say(report.status === 'unknown' ? 'no such employee at this site: nothing erased' : 'already erased: nothing left to erase');
          process.exitCode = report.status === 'unknown' ? 1 : 0;
          return;
        }
        say(`erased ${report.subjectRef}: keys destroyed, ${report.deletedStreams.length} personal streams deleted, store compacted`);
        say('shared streams (attribution, tasks) keep the shift pseudonyms, which lead to no one now, until their retention ends');
      });
    });
}
