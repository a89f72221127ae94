import { type Command } from 'commander';
import { type EventStore } from '@fairscan/event-store';
import { accessesTo, guardRead, listAccounts, lookupEmployee, verifyAuditStream } from '@fairscan/privacy';
import { withFairscan } from '../open-fairscan.js';
import { addAsOption, say, withAccount } from './acting-as.js';

/** Whether an entry with this hash is still in the chain: a head recorded earlier anchors every entry up to it. */
async function holdsEntry(store: EventStore, site: string, hash: string): Promise<boolean> {
  for await (const event of store.readStream(`audit-${site}`)) if ((event.data as { hash?: unknown }).hash === hash) return true;
  return false;
}

async function verify(store: EventStore, site: string, sinceHead: string | undefined): Promise<string | undefined> {
  const verdict = await verifyAuditStream(store, site);
  if (!verdict.ok) return verdict.detail;
  // A hash chain alone cannot see its newest entries cut off: a head recorded elsewhere can.
  if (sinceHead !== undefined && !(await holdsEntry(store, site, sinceHead))) {
    return `the entry with head ${sinceHead} is no longer in the chain: entries were removed from the end (removed)`;
  }
  say(`audit-${site}: ${verdict.entries} entries, chain intact; head ${verdict.head}`);
  return undefined;
}

function registerVerify(audit: Command): void {
  audit
    .command('verify')
    .description("check the site's hash-chained access audit: exit 0 intact, 1 with the entry and reason when tampered")
    .option('--since-head <hash>', 'a head printed by an earlier verify (kept elsewhere): fail if its entry is gone')
    .action(async (options: { sinceHead?: string }, command: Command) => {
      await withFairscan(command, async ({ store, config }) => {
        const fault = await verify(store, config.site, options.sinceHead);
        if (fault === undefined) return;
        process.stderr.write(`fairscan: audit-${config.site}: ${fault}\n`);
        process.exitCode = 1;
      });
    });
}

function registerAccesses(audit: Command): void {
  addAsOption(audit.command('accesses').description("who read an employee's data: a worker their own, a DPO anyone's"), 'your worker account or a DPO account')
    .requiredOption('--subject <employee>', 'employee id')
    .action(async (options: { as: string; subject: string }, command: Command) => {
      await withAccount(command, options.as, async ({ store, vault, config }, account) => {
        const employee = await lookupEmployee(store, vault, config.site, options.subject);
        if (employee.status !== 'found') throw new Error(`employee ${employee.status} at site "${config.site}": no access to list`);
        const { subjectRef, pseudonyms } = employee;
        const resource = { site: config.site, subject: subjectRef };
        await guardRead(store, account, { action: 'read:audit', resource, subject: subjectRef, purpose: 'who read my data', what: 'audit accesses' });
        const holders = new Map((await listAccounts(store, config.site)).map((a) => [a.id, a.holder]));
        say(['when', 'account', 'holder', 'role', 'purpose', 'what'].join('\t'));
        for (const access of await accessesTo(store, config.site, [subjectRef, ...pseudonyms.map(({ operator }) => operator)])) {
          say([access.at, access.actor, holders.get(access.actor) ?? '-', access.role, access.purpose, access.what].join('\t'));
        }
      });
    });
}

export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the access audit: every read of personal data, hash-chained');
  registerVerify(audit);
  registerAccesses(audit);
}
