import { type Fairscan } from '../../container/build-container.js';
import { copyKeys, type KeyCopyOutcome } from '../../store/copy-keys.js';

/** The two stores as the copy names them (no password). */
export interface CopyEnds {
  readonly from: string;
  readonly to: string;
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What `store copy` says about the keys: counts only, never a key. A vault that cannot take part is a warning, not a failure. */
export function keyCopyReport(outcome: KeyCopyOutcome, ends: CopyEnds): { readonly line?: string; readonly warning?: string } {
  if (outcome.status === 'unsupported') {
    const [store, verb] = outcome.side === 'source' ? [ends.from, 'export'] : [ends.to, 'import'];
    return {
      warning:
        `warning: per-subject keys and erasure tombstones NOT copied: the key vault of ${store} cannot ${verb} keys. ` +
        'In the target, identity fields encrypted in the source cannot be read: its vault has neither their keys nor the record of who was erased. ' +
        'See docs/operations.md, "Copy between stores"',
    };
  }
  const unchanged = outcome.skipped > 0 ? `, ${outcome.skipped} unchanged (already in the target, or erased there)` : '';
  const shredded = outcome.shredded > 0 ? `; ${plural(outcome.shredded, 'key')} the target held destroyed (erased in the source)` : '';
  return { line: `key vault: ${plural(outcome.keys, 'key')} and ${plural(outcome.tombstones, 'tombstone')} of erased subjects copied${unchanged}${shredded}` };
}

/**
 * Copies the key vault before the events: a conflicting target (keyed
 * separately) is refused before any event moves. A key the copy destroyed
 * leaves the target's disk at once, as after `fairscan erase`.
 */
export async function copyVault(source: Fairscan, target: Fairscan, ends: CopyEnds): Promise<void> {
  const outcome = await copyKeys(source.vault, target.vault);
  const report = keyCopyReport(outcome, ends);
  if (report.warning !== undefined) process.stderr.write(`${report.warning}\n`);
  if (report.line !== undefined) process.stdout.write(`${report.line}\n`);
  if (outcome.status === 'copied' && outcome.shredded > 0) {
    await target.store.compact();
    process.stdout.write('target compacted, as after `fairscan erase`: the destroyed keys are gone from its files\n');
  }
}
