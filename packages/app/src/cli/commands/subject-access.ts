import { type Command } from 'commander';
import { type CollectOptions, exportSubjectAccess } from '@fairscan/privacy';
import { readRegisterFile } from '../register-file.js';
import { addAsOption, say, withAccount } from './acting-as.js';

interface SubjectAccessOptions {
  readonly as: string;
  readonly out: string;
  readonly register?: string;
}

/** CNIL-INFO: what the site's register says about the notice; the retention it declares wins, as in retention runs. */
async function registerOptions(file: string | undefined): Promise<CollectOptions> {
  if (file === undefined) return {};
  const { register } = await readRegisterFile(file);
  const notice = register.notice === undefined ? { status: 'not recorded' as const } : { status: 'recorded' as const, version: register.notice.version, givenTo: register.notice.givenTo, source: file };
  return { notice, retention: register.retention };
}

export function registerSubjectAccess(program: Command): void {
  addAsOption(
    program.command('subject-access').description("export everything held about an employee (GDPR Art. 15): a worker their own, a DPO anyone's"),
    'your worker account (your own data) or a DPO account',
  )
    .argument('<employee>', 'employee id')
    .requiredOption('--out <dir>', 'where subject-access.json and subject-access.html go')
    .option('--register <file>', "the site's indicator register, for the notice given and the retention declared")
    .action(async (employeeId: string, options: SubjectAccessOptions, command: Command) => {
      const collect = await registerOptions(options.register);
      await withAccount(command, options.as, async ({ store, vault }, account) => {
        const { bundle, files } = await exportSubjectAccess(store, vault, account, employeeId, options.out, collect);
        const counts = `${bundle.shifts.length} shifts, ${bundle.tasks.length} tasks, ${bundle.attributions.length} scans, ${bundle.aggregates.length} aggregate rows, ${bundle.accesses.length} accesses`;
        say(bundle.status === 'held' ? `subject access: ${counts}` : `subject access: employee ${bundle.status}; nothing held can be linked to them`);
        for (const file of files) say(`  wrote ${file}`);
      });
    });
}
