import { type Command } from 'commander';
import { readPersonDay } from '@fairscan/privacy';
import { parseInstant } from '../parse-options.js';
import { type OperatorRef } from '@fairscan/domain';
import { addAsOption, parsePseudonym, say, withAccount } from './acting-as.js';

export function registerPersonDay(program: Command): void {
  addAsOption(
    program.command('person-day').description("a team member's tasks and whether a break is owed, by shift pseudonym (team lead: own team only)"),
    'a team-lead, site-manager or DPO account',
  )
    .argument('<pseudonym>', 'the shift pseudonym, op_…', parsePseudonym)
    .option('--as-of <time>', 'judge break status at this instant; default now', parseInstant)
    .action(async (operator: OperatorRef, options: { as: string; asOf?: string }, command: Command) => {
      await withAccount(command, options.as, async ({ store }, account) => {
        const day = await readPersonDay(store, account, operator, options.asOf === undefined ? {} : { asOf: options.asOf });
        say(`${day.operator}: break ${day.breakStatus ?? 'no shift recorded'} (as of ${day.asOf})`);
        for (const task of day.tasks) say(`  ${task.taskId} ${task.bizStep} at ${task.station}: ${task.status}`);
      });
    });
}
