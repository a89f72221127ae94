import { Option, type Command } from 'commander';
import { type Account, actingAccount, assertAccountManager, disableAccount, listAccounts, minPasswordLength, registerAccount, type Role, roles, setPassword } from '@fairscan/privacy';
import { readSecret } from '../read-secret.js';
import { withFairscan } from '../open-fairscan.js';
import { addAsOption, say, withAccount } from './acting-as.js';

interface AddOptions {
  readonly holder: string;
  readonly role: Role;
  readonly team?: string;
  readonly subject?: string;
  readonly as?: string;
}

const describe = (account: Account): string =>
  [account.id, account.role, account.holder, account.team ?? '-', account.subject ?? '-', account.disabled === true ? 'disabled' : 'active'].join('\t');

function registerAdd(accounts: Command): void {
  accounts
    .command('add')
    .description('register a named account (one person each; shared accounts are refused)')
    .argument('<id>', 'account id, e.g. c.martin')
    .requiredOption('--holder <name>', 'the one person accountable for the account')
    .addOption(new Option('--role <role>', 'what the account may do').choices([...roles]).makeOptionMandatory())
    .option('--team <team>', 'the team a team-lead leads')
    .option('--subject <employee>', "the holder's own employee id (required for a worker; stored as a subject reference)")
    .option('--as <account>', 'the DPO or site-manager account adding it (not needed for the first account of a site)')
    .action(async (id: string, options: AddOptions, command: Command) => {
      await withFairscan(command, async ({ store, vault, config }) => {
        const by = options.as === undefined ? undefined : await actingAccount(store, config.site, options.as);
        const request = { id, holder: options.holder, role: options.role, team: options.team, employeeId: options.subject };
        const account = await registerAccount(store, vault, config.site, request, by);
        say(`account "${account.id}" (${account.role}) registered at ${config.site} for ${account.holder}`);
      });
    });
}

function registerList(accounts: Command): void {
  addAsOption(accounts.command('list').description('list the site\'s accounts (DPO or site manager)'), 'a DPO or site-manager account').action(
    async (options: { as: string }, command: Command) => {
      await withAccount(command, options.as, async ({ store, config }, by) => {
        assertAccountManager(by, config.site);
        say(['id', 'role', 'holder', 'team', 'subject', 'status'].join('\t'));
        for (const account of await listAccounts(store, config.site)) say(describe(account));
      });
    },
  );
}

function registerDisable(accounts: Command): void {
  addAsOption(accounts.command('disable').description('disable an account for good (its past reads stay in the audit)'), 'a DPO or site-manager account')
    .argument('<id>', 'the account to disable')
    .requiredOption('--reason <text>', 'why, for the record')
    .action(async (id: string, options: { as: string; reason: string }, command: Command) => {
      await withAccount(command, options.as, async ({ store, config }, by) => {
        await disableAccount(store, config.site, id, options.reason, by);
        say(`account "${id}" disabled`);
      });
    });
}

function registerSetPassword(accounts: Command): void {
  accounts
    .command('set-password')
    .description(`set the password an account logs in to fairscan serve with (at least ${minPasswordLength} characters; prompted, or read from stdin)`)
    .argument('<id>', 'the account')
    .action(async (id: string, _options: unknown, command: Command) => {
      const password = await readSecret(`new password for "${id}"`);
      await withFairscan(command, async ({ store, config }) => {
        await setPassword(store, config.site, id, password);
        say(`password set for account "${id}" at ${config.site} (scrypt, per-account salt); it logs in at fairscan serve`);
      });
    });
}

export function registerAccounts(program: Command): void {
  const accounts = program.command('accounts').description('named accounts: who may read what (CNIL-VIDEO: no shared accounts)');
  registerAdd(accounts);
  registerList(accounts);
  registerDisable(accounts);
  registerSetPassword(accounts);
}
