// The retention purge: in each structure, erases the files without contact for longer than the retention
// period, and the records that belong to them; their sessions, orientations and pass numériques stay as
// anonymous activity (src/shared/rgpd/person-links.ts), so that statistics already reported do not change.
// It writes its ops through the same apply path as a tablet's push, as the device `server-retention`: the
// values leave the log, and every tablet erases the file at its next pull. Idempotent: a second run finds
// nothing to do.
import { HybridClock } from '../../shared/hlc';
import { keptFileOf } from '../../shared/rgpd/merged-files';
import { erasureFor, linkedCollections, peopleOf, standInFor, type StandIn } from '../../shared/rgpd/person-links';
import { DELETED_FIELD } from '../../shared/schema/collections';
import { uuidv7 } from '../../shared/schema/ids';
import type { Op } from '../../shared/schema/sync';
import type { AuditEntry, Store, SyncTx } from '../store/store';
import { applyOps } from '../sync/apply-ops';
import { validateOps } from '../sync/validate-ops';
import { mergeLiveOps, type MergedRecord } from './merged-state';
import { isExpired, retentionCutoff } from './retention-rule';

/** The clientId (and audit actor) of the purge's writes. */
export const RETENTION_CLIENT_ID = 'server-retention';

export interface PurgeOptions {
  retentionMonths: number;
  /** The moment the retention period is counted back from (default: now). Stamps always use the real clock. */
  now?: number;
  /** Counts what would be erased, writes nothing. */
  dryRun?: boolean;
}

/** What a purge did (or would do): counts only, never a name. */
export interface PurgeReport {
  dryRun: boolean;
  retentionMonths: number;
  /** Files whose last contact is before this day were erased. */
  cutoff: string;
  structures: number;
  /** Files (bénéficiaires) erased. */
  files: number;
  /** Records erased with them (diagnostics, mandates, orientations…), including those left by earlier erasures. */
  linkedErased: number;
  /** Records kept without them: their activity made anonymous (sessions, orientations, pass numériques), mentions removed. */
  linkedDetached: number;
}

/** Runs the purge over every structure of the store. */
export async function purgeInactiveFiles(store: Store, options: PurgeOptions): Promise<PurgeReport> {
  const now = options.now ?? Date.now();
  const cutoff = retentionCutoff(now, options.retentionMonths);
  const report: PurgeReport = {
    dryRun: options.dryRun ?? false,
    retentionMonths: options.retentionMonths,
    cutoff,
    structures: 0,
    files: 0,
    linkedErased: 0,
    linkedDetached: 0,
  };
  for (const structure of await store.listStructures()) {
    const counts = await store.syncTransaction(structure.id, (tx) => purgeStructure(tx, structure.id, cutoff, report.dryRun));
    if (counts.files + counts.linkedErased + counts.linkedDetached > 0) report.structures += 1;
    report.files += counts.files;
    report.linkedErased += counts.linkedErased;
    report.linkedDetached += counts.linkedDetached;
  }
  if (!report.dryRun && report.files + report.linkedErased > 0) await store.scrubErased();
  // The operator's admin home shows the last run: the daily one, or one by `npm run admin -- purge`.
  if (!report.dryRun) await store.recordPurgeRun({ at: now, files: report.files, cutoff });
  return report;
}

type Counts = Pick<PurgeReport, 'files' | 'linkedErased' | 'linkedDetached'>;

async function purgeStructure(tx: SyncTx, structureId: string, cutoff: string, dryRun: boolean): Promise<Counts> {
  // Read and write under the structure's lock: a contact pushed meanwhile is seen, or waits for the purge.
  if (!dryRun) await tx.lockLog();
  const now = Date.now();
  // Past every stamp it reads, so that a removed mention wins over the value it replaces.
  const clock = new HybridClock(RETENTION_CLIENT_ID);
  const people = mergeLiveOps(await tx.liveOpsOfCollection('beneficiaries'));
  const expired = expiredFiles(people, cutoff);
  const gone = new Set([...expired, ...[...people.values()].filter((p) => p.values[DELETED_FIELD] === true).map((p) => p.id)]);
  const ops: Op[] = [];
  const counts: Counts = { files: expired.length, linkedErased: 0, linkedDetached: 0 };
  // One stand-in per erased person, the same in every record of theirs.
  const standIns = new Map<string, StandIn>();
  const standIn = (personId: string) => {
    let found = standIns.get(personId);
    if (!found) standIns.set(personId, (found = standInFor(uuidv7(now), people.get(personId)?.values)));
    return found;
  };
  const stamp = (collection: string, recordId: string, field: string, value: unknown) =>
    ops.push({ opId: `retention-${uuidv7(now)}`, collection, recordId, field, value, hlc: clock.now() });
  for (const collection of linkedCollections()) {
    for (const record of mergeLiveOps(await tx.liveOpsOfCollection(collection)).values()) {
      for (const stamp_ of Object.values(record.stamps)) clock.receive(stamp_);
      const changes = changesFor(collection, record, gone, standIn);
      if (changes === 'erase') counts.linkedErased += 1;
      else if (changes) counts.linkedDetached += 1;
      if (changes === 'erase') stamp(collection, record.id, DELETED_FIELD, true);
      else if (changes) for (const [field, value] of Object.entries(changes)) stamp(collection, record.id, field, value);
    }
  }
  for (const id of expired) stamp('beneficiaries', id, DELETED_FIELD, true);
  if (dryRun || ops.length === 0) return counts;
  validateOps(ops, RETENTION_CLIENT_ID, now);
  await applyOps(tx, ops, RETENTION_CLIENT_ID, now);
  await tx.appendAudit(expired.map((recordId) => auditEntry(structureId, recordId, now)));
  return counts;
}

/**
 * The files to erase. A file merged into another (a duplicate, src/shared/rgpd/merged-files.ts) is the
 * same person as its kept file: the kept file and the files merged into it expire together, counted from
 * the latest contact and write among them, and a merged file whose kept file was erased goes too.
 */
function expiredFiles(people: Map<string, MergedRecord>, cutoff: string): string[] {
  const linkOf = (id: string) => people.get(id)?.values;
  const groups = new Map<string, MergedRecord[]>();
  for (const person of people.values()) {
    if (person.values[DELETED_FIELD] === true) continue;
    const kept = keptFileOf(person.id, linkOf);
    groups.set(kept, [...(groups.get(kept) ?? []), person]);
  }
  const expired: string[] = [];
  for (const [keptId, members] of groups) {
    const kept = people.get(keptId);
    if (kept && kept.values[DELETED_FIELD] === true) {
      expired.push(...members.map((m) => m.id));
      continue;
    }
    const lastContactOn = members
      .map((m) => m.values.lastContactOn)
      .reduce((a, b) => (typeof b === 'string' && (typeof a !== 'string' || b > a) ? b : a), null);
    const lastWriteMs = Math.max(...members.map((m) => m.lastWriteMs));
    if (isExpired({ ...(kept ?? members[0]!).values, lastContactOn }, lastWriteMs, cutoff)) expired.push(...members.map((m) => m.id));
  }
  return expired;
}

/** What erasing every person of `gone` does to one record: 'erase', the changes of a detach, or null. */
function changesFor(
  collection: string,
  record: MergedRecord,
  gone: Set<string>,
  standIn: (personId: string) => StandIn,
): 'erase' | Record<string, unknown> | null {
  let values = record.values;
  const changes: Record<string, unknown> = {};
  for (const personId of peopleOf(values).filter((id) => gone.has(id))) {
    const erasure = erasureFor(collection, values, personId, standIn(personId));
    if (!erasure) continue;
    if (erasure.kind === 'erase') return 'erase';
    Object.assign(changes, erasure.changes);
    values = { ...values, ...erasure.changes };
  }
  return Object.keys(changes).length > 0 ? changes : null;
}

function auditEntry(structureId: string, recordId: string, at: number): AuditEntry {
  return {
    at,
    structureId,
    aidantId: RETENTION_CLIENT_ID,
    deviceId: RETENTION_CLIENT_ID,
    action: 'purge',
    collection: 'beneficiaries',
    recordId,
  };
}
