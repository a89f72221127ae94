import { canonicalJson, evaluateRegister, type Evaluation, type Register, type RegisterActivatedData, sha256Hex, streams } from '@fairscan/domain';
import { type EventStore } from '@fairscan/event-store';
import { type AccessRecord, readRetentionSchedule, type RetentionAppliedData, type RetentionSchedule } from '@fairscan/privacy';
import { readActiveRegister } from '../policy/active-register.js';

/** A register file given with the report: its indicators and what the rule packs find. */
export interface JudgedRegister {
  readonly hash: string;
  /** Whether it is the register in force (same hash as the last RegisterActivated). */
  readonly inForce: boolean;
  readonly register: Register;
  readonly evaluation: Evaluation;
}

/** Reads of personal data counted by role and purpose: what a works council may see of the audit. */
export interface AccessCount {
  readonly role: string;
  readonly purpose: string;
  readonly reads: number;
}

export interface ComplianceData {
  readonly site: string;
  readonly generatedAt: string;
  readonly active?: RegisterActivatedData;
  readonly judged?: JudgedRegister;
  readonly schedule: RetentionSchedule;
  readonly proofs: readonly RetentionAppliedData[];
  readonly accesses: readonly AccessCount[];
  readonly erasures: number;
  /** Every AccessLogged entry, for the DPO's copy only (`detail`); undefined otherwise. */
  readonly reads?: readonly AccessRecord[];
}

export interface ComplianceOptions {
  readonly register?: Register;
  readonly packs?: readonly string[];
  /** The DPO's copy: keep each read (who read whom). Never for the works council. */
  readonly detail?: boolean;
  readonly now?: Date;
}

interface AuditTally {
  readonly proofs: RetentionAppliedData[];
  readonly counts: Map<string, AccessCount>;
  readonly reads: AccessRecord[];
  erasures: number;
}

/** One pass over `audit-<site>`: proofs kept, reads counted (and kept only for the DPO's copy). */
async function tallyAudit(store: EventStore, site: string, detail: boolean): Promise<AuditTally> {
  const tally: AuditTally = { proofs: [], counts: new Map(), reads: [], erasures: 0 };
  for await (const event of store.readStream(streams.audit(site))) {
    if (event.type === 'RetentionApplied') tally.proofs.push(event.data as RetentionAppliedData);
    if (event.type === 'SubjectErased') tally.erasures++;
    if (event.type !== 'AccessLogged') continue;
    const read = event.data as AccessRecord;
    const key = `${read.role}\u0000${read.purpose}`;
    const count = tally.counts.get(key) ?? { role: read.role, purpose: read.purpose, reads: 0 };
    tally.counts.set(key, { ...count, reads: count.reads + 1 });
    if (detail) tally.reads.push(read);
  }
  return tally;
}

function judge(register: Register, active: RegisterActivatedData | undefined, packs: readonly string[] | undefined): JudgedRegister {
  const hash = sha256Hex(canonicalJson(register));
  const inForce = active?.registerHash === hash;
  // The register in force is judged by the packs it was activated under; another one by its jurisdiction's.
  return { hash, inForce, register, evaluation: evaluateRegister(register, packs ?? (inForce ? active?.packs : undefined)) };
}

/** Everything the compliance report shows, read from the store (and a register file when given). */
export async function collectCompliance(store: EventStore, site: string, options: ComplianceOptions = {}): Promise<ComplianceData> {
  const active = await readActiveRegister(store, site);
  const audit = await tallyAudit(store, site, options.detail === true);
  const byRole = (a: AccessCount, b: AccessCount) => a.role.localeCompare(b.role) || b.reads - a.reads || a.purpose.localeCompare(b.purpose);
  return {
    site,
    generatedAt: (options.now ?? new Date()).toISOString(),
    ...(active === undefined ? {} : { active }),
    ...(options.register === undefined ? {} : { judged: judge(options.register, active, options.packs) }),
    schedule: await readRetentionSchedule(store, site),
    proofs: audit.proofs,
    accesses: [...audit.counts.values()].sort(byRole),
    erasures: audit.erasures,
    ...(options.detail === true ? { reads: audit.reads } : {}),
  };
}
