import { Option, type Command } from 'commander';
import { type MyDay, readMyDay } from '@fairscan/privacy';
import { parseDate, parseInstant } from '../parse-options.js';
import { addAsOption, say, withAccount } from './acting-as.js';

interface MyDayOptions {
  readonly as: string;
  readonly date?: string;
  readonly asOf?: string;
  readonly format: 'text' | 'json';
}

function printDay(day: MyDay): void {
  const { shift } = day;
  say(`your shift (${day.operator}), as of ${day.asOf}`);
  if (shift !== undefined) {
    say(`  on shift ${shift.shiftStartedAt ?? '?'} – ${shift.shiftEndedAt ?? 'now'}; worked ${shift.workedMinutes} min`);
    say(`  break status: ${shift.status} (${shift.rule.minBreakMinutes} min after ${shift.rule.workMinutesBeforeBreak / 60} h, ${shift.rule.reference})`);
    for (const declared of shift.breaks) say(`  break ${declared.startedAt} – ${declared.endedAt ?? 'now'}: ${declared.minutes} min (${declared.source})${declared.counts ? '' : ', too short to count'}`);
  }
  say(`items handled: ${day.itemsHandled}${Object.entries(day.itemsByStep).map(([step, n]) => ` · ${step} ${n}`).join('')}`);
  say(`tasks: ${day.tasks.length}`);
  for (const task of day.tasks) say(`  ${task.taskId} ${task.bizStep} at ${task.station}: ${task.status}, ${task.unitsDone}/${task.units} units`);
}

export function registerMyDay(program: Command): void {
  addAsOption(program.command('my-day').description('your own day: shift, declared breaks, break status, tasks, items handled (nobody else sees this view)'), 'your own account')
    .option('--date <YYYY-MM-DD>', 'the day your shift started; default today', parseDate)
    .option('--as-of <time>', 'judge break status at this instant; default now', parseInstant)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: MyDayOptions, command: Command) => {
      const date = options.date ?? new Date().toISOString().slice(0, 10);
      await withAccount(command, options.as, async ({ store }, account) => {
        const day = await readMyDay(store, account, date, options.asOf === undefined ? {} : { asOf: options.asOf });
        if (day === undefined) say(`no shift recorded for you on ${date}`);
        else if (options.format === 'json') say(JSON.stringify(day, null, 2));
        else printDay(day);
      });
    });
}
