import { type Command, InvalidArgumentError } from 'commander';
import { type OperatorRef, toOperatorRef } from '@fairscan/domain';
import { type Account, actingAccount } from '@fairscan/privacy';
import { type Fairscan } from '../../container/build-container.js';
import { withFairscan } from '../open-fairscan.js';

export interface AsOptions {
  readonly as: string;
}

/** `--as <account>`: every command that reads per-person data names the account it acts as (CNIL-VIDEO). */
export const addAsOption = (command: Command, what = 'the named account you act as'): Command => command.requiredOption('--as <account>', what);

/**
 * Opens fairscan and the acting account; an unknown account is refused
 * (exit 1) before anything else is read. The command checks the permission.
 */
export function withAccount<T>(command: Command, accountId: string, run: (fairscan: Fairscan, account: Account) => Promise<T>): Promise<T> {
  return withFairscan(command, async (fairscan) => run(fairscan, await actingAccount(fairscan.store, fairscan.config.site, accountId)));
}

export const say = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

/** A shift pseudonym argument; anything else is a usage error (exit 2). */
export function parsePseudonym(value: string): OperatorRef {
  try {
    return toOperatorRef(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
}
