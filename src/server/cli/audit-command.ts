// `audit [--structure ID] [--record ID] [--since YYYY-MM-DD]`: the append-only audit log, oldest first — who
// read, changed or erased which file, and the accounts whose logins were blocked after too many failures.
import type { AuditEntry, Store } from '../store/store';
import { CommandError, UsageError, type ParsedArgs } from './args';
import type { CommandOutput } from './admin-commands';

/** What each action of the log means, for the text output. */
const ACTION_LABELS: Record<AuditEntry['action'], string> = {
  read: 'lecture',
  write: 'modification',
  erase: 'effacement',
  purge: 'purge (durée de conservation)',
  export: 'export',
  login_blocked: 'CONNEXIONS BLOQUÉES : trop d’échecs de connexion en 24 h',
};

/** Midnight (the server's time zone) starting `day`, a real YYYY-MM-DD date; UsageError otherwise. */
function startOfDay(day: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const date = match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : undefined;
  if (!date || date.getMonth() !== Number(match![2]) - 1 || date.getDate() !== Number(match![3])) {
    throw new UsageError(`Date invalide pour --since : ${day} (attendu : AAAA-MM-JJ)`);
  }
  return date.getTime();
}

async function entriesOf(store: Store, structureId: string | undefined): Promise<AuditEntry[]> {
  if (!structureId) return (await Promise.all((await store.listStructures()).map((s) => store.listAudit(s.id)))).flat();
  if (!(await store.getStructure(structureId))) throw new CommandError(`Structure inconnue : ${structureId}`);
  return store.listAudit(structureId);
}

/** The audit command. */
export async function auditCommand(store: Store, options: ParsedArgs['options']): Promise<CommandOutput> {
  const since = options.since === undefined ? -Infinity : startOfDay(options.since);
  const record = options.record?.trim();
  const rows = (await entriesOf(store, options.structure?.trim() || undefined))
    .filter((e) => e.at >= since && (!record || e.recordId === record))
    .sort((a, b) => a.at - b.at);
  const emails = new Map<string, string | null>();
  for (const { aidantId } of rows) if (!emails.has(aidantId)) emails.set(aidantId, (await store.getAidant(aidantId))?.email ?? null);
  const entries = rows.map((e) => ({ ...e, aidantEmail: emails.get(e.aidantId) ?? null }));
  const date = (ms: number) => new Date(ms).toLocaleString('fr-FR', { timeZone: 'Europe/Paris' });
  const lines = entries.map((e) =>
    e.action === 'login_blocked'
      ? `${date(e.at)}  ${ACTION_LABELS[e.action]}  compte ${e.aidantEmail ?? e.aidantId}`
      : `${date(e.at)}  ${ACTION_LABELS[e.action]}  ${e.collection} ${e.recordId}  par ${e.aidantEmail ?? e.aidantId}`,
  );
  return { json: { entries }, text: lines.length ? lines.join('\n') : 'Aucune entrée dans le journal.' };
}
