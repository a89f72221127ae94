import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './cli.js';

/**
 * examples/registers/proportionate.yaml for `site`, plus an individual
 * idle-time indicator (a CNIL-IDLE violation) kept by a justified override.
 */
export function registerWithIdleOverride(site: string, justification: string): string {
  const idleTime = [
    'indicators:',
    '  - id: idle-time',
    '    measure: inactivity',
    '    subject: individual',
    '    window: P1W',
    '    threshold: 600',
    '    visibleTo: [worker]',
    '    retentionDays: 91',
    '    purpose: safety',
    '    override:',
    '      rule: CNIL-IDLE',
    `      justification: ${JSON.stringify(justification)}`,
    '      approvedBy: Camille Martin',
    '      date: "2026-02-12"',
    '',
  ].join('\n');
  return readFileSync(join(root, 'examples/registers/proportionate.yaml'), 'utf8').replace(/^site: lille-1/m, `site: ${site}`).replace('indicators:\n', idleTime);
}
