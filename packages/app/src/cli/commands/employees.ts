import { type Command } from 'commander';
import { assertAccountManager, enrolEmployee, enrolSimulatedShifts } from '@fairscan/privacy';
import { parseDate, parsePositiveInt } from '../parse-options.js';
import { addAsOption, say, withAccount } from './acting-as.js';

function registerEnrol(employees: Command): void {
  addAsOption(employees.command('enrol').description("put an employee on the site's staff, in a team"), 'a DPO or site-manager account')
    .argument('<employee>', 'employee id (kept only encrypted with their own key)')
    .requiredOption('--team <team>', 'their team, e.g. inbound-a')
    .action(async (employeeId: string, options: { as: string; team: string }, command: Command) => {
      await withAccount(command, options.as, async ({ store, vault, config }, by) => {
        assertAccountManager(by, config.site);
        const { subjectRef, team } = await enrolEmployee(store, vault, config.site, employeeId, options.team);
        say(`enrolled in ${team} as ${subjectRef}`);
      });
    });
}

function registerEnrolSimulated(employees: Command): void {
  addAsOption(
    employees
      .command('enrol-simulated')
      .description('DEMO: register each simulated shift of a day under employee ids E0001… (in production the scanner gateway issues pseudonyms at login)'),
    'a DPO or site-manager account',
  )
    .requiredOption('--date <YYYY-MM-DD>', 'the simulated day', parseDate)
    .option('--team-size <n>', 'people per team: team-01, team-02…', parsePositiveInt, 10)
    .action(async (options: { as: string; date: string; teamSize: number }, command: Command) => {
      await withAccount(command, options.as, async ({ store, vault, config }, by) => {
        assertAccountManager(by, config.site);
        const staff = await enrolSimulatedShifts(store, vault, config.site, options.date, { teamSize: options.teamSize });
        const teams = new Set(staff.map(({ team }) => team)).size;
        say(`${staff.length} simulated shifts of ${options.date} registered as ${staff[0]?.employeeId ?? '-'}…${staff.at(-1)?.employeeId ?? '-'} in ${teams} teams`);
      });
    });
}

export function registerEmployees(program: Command): void {
  const employees = program.command('employees').description('who works at the site, and in which team (identity kept encrypted)');
  registerEnrol(employees);
  registerEnrolSimulated(employees);
}
