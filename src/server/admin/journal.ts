// The audit log as a coordinateur reads it (their structures; an admin: all): filtered by file, aidant and
// days (Europe/Paris), newest first, as JSON or as CSV for a spreadsheet (UTF-8 with BOM, `;`).
import type { AuditLine, AuditQuery } from '../../shared/schema/admin';
import { administeredStructureIds, assertAdministers, type AdminScope } from '../accounts/admin-scope';
import type { AuditEntry, Store } from '../store/store';

/** Most lines in one answer: the journal on screen, and a CSV export. */
export const JOURNAL_LIMITS = { json: 1000, csv: 100_000 } as const;

const TIME_ZONE = 'Europe/Paris';
const DAY_MS = 86_400_000;

/** Milliseconds of Europe/Paris ahead of UTC at `at`. */
function parisOffset(at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, timeZoneName: 'longOffset' }).formatToParts(at);
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(parts.find((p) => p.type === 'timeZoneName')?.value ?? '');
  return match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) * 60_000 : 0;
}

/** Midnight in Paris starting `day` ("YYYY-MM-DD"). */
export function parisMidnight(day: string): number {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  return utcMidnight - parisOffset(utcMidnight - parisOffset(utcMidnight));
}

/** "YYYY-MM-DD HH:MM:SS" in Paris. */
export const parisTime = (at: number) => new Date(at).toLocaleString('sv-SE', { timeZone: TIME_ZONE });

/** The journal lines the caller may read under `query`; `truncated` when older ones were left out. */
export async function readJournal(
  store: Store,
  scope: AdminScope,
  query: AuditQuery,
): Promise<{ entries: AuditLine[]; truncated: boolean }> {
  if (query.structure !== undefined) assertAdministers(scope, query.structure);
  const structureIds = query.structure !== undefined ? [query.structure] : await administeredStructureIds(store, scope);
  const limit = query.format === 'csv' ? JOURNAL_LIMITS.csv : JOURNAL_LIMITS.json;
  const filter = {
    structureIds,
    recordId: query.record,
    aidantId: query.aidant,
    from: query.from === undefined ? undefined : parisMidnight(query.from),
    to:
      query.to === undefined
        ? undefined
        : parisMidnight(new Date(Date.parse(`${query.to}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10)) - 1,
  };
  const rows = await store.accounts.searchAudit(filter, limit + 1);
  return { entries: await withNames(store, rows.slice(0, limit)), truncated: rows.length > limit };
}

async function withNames(store: Store, rows: AuditEntry[]): Promise<AuditLine[]> {
  const emails = new Map<string, string | null>();
  const devices = new Map<string, string | null>();
  for (const { aidantId, deviceId } of rows) {
    if (!emails.has(aidantId)) emails.set(aidantId, (await store.getAidant(aidantId))?.email ?? null);
    if (!devices.has(deviceId)) devices.set(deviceId, deviceId ? ((await store.accounts.getDevice(deviceId))?.name ?? null) : null);
  }
  return rows.map((e) => ({ ...e, aidantEmail: emails.get(e.aidantId) ?? null, deviceName: devices.get(e.deviceId) ?? null }));
}

/** What each action means, in the CSV. */
const ACTION_WORDS: Record<AuditEntry['action'], string> = {
  read: 'lecture',
  write: 'modification',
  erase: 'effacement',
  purge: 'purge (durée de conservation)',
  export: 'export',
  login_blocked: 'connexions bloquées (trop d’échecs)',
};

/** One CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The journal as CSV: a BOM (so that spreadsheets read UTF-8), `;` between cells, CRLF between lines. */
export function journalCsv(entries: AuditLine[], structureNames: Map<string, string>): string {
  const header = ['date', 'structure', 'aidant', 'appareil', 'action', 'collection', 'dossier'];
  const lines = entries.map((e) =>
    [
      parisTime(e.at),
      structureNames.get(e.structureId) ?? e.structureId,
      e.aidantEmail ?? e.aidantId,
      e.deviceName ?? e.deviceId,
      ACTION_WORDS[e.action as AuditEntry['action']] ?? e.action,
      e.collection,
      e.recordId,
    ].map(cell),
  );
  return `\uFEFF${[header, ...lines].map((line) => line.join(';')).join('\r\n')}\r\n`;
}
