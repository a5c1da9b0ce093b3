// GET /api/v1/stats?from=YYYY-MM-DD&to=YYYY-MM-DD[&scope=structure|territory][&structure=ID]:
// a coordinateur reads their structure, an admin the territory or one structure; an aidant, nothing.
import type { Context } from 'hono';
import { checkPeriod } from '../../shared/stats/period';
import type { StatsResponse } from '../../shared/stats/report-schema';
import { suppressSmallCells } from '../../shared/stats/suppression';
import { authenticate } from '../accounts/accounts';
import { HttpError } from '../http/errors';
import type { AidantRow, Store, StructureRow } from '../store/store';
import { computeStoreStats } from './stats-service';

const forbidden = (message: string) => new HttpError(403, 'acces_refuse', message);

/** Answers the statistics the caller may read, small cells hidden. */
export async function statsRoute(c: Context, store: Store): Promise<Response> {
  const { aidant: account, device } = await authenticate(store, c.req.header('authorization'));
  const aidant = await asReader(store, account, device.structureId);
  // Refused before any parameter is read: an aidant learns nothing of what the route checks.
  if (aidant.role === 'aidant') {
    throw forbidden('Les statistiques sont réservées aux coordinateurs et aux administrateurs. Demandez-les à votre coordinateur.');
  }
  const checked = checkPeriod(c.req.query('from'), c.req.query('to'));
  if ('error' in checked) throw new HttpError(400, 'periode_invalide', checked.error);
  const { scope, structures } = await scopeOf(store, aidant, c.req.query('scope'), c.req.query('structure'));
  const report = await computeStoreStats(
    store,
    structures.map((s) => s.id),
    checked.period,
    { perStructure: scope === 'territory' },
  );
  const answer: StatsResponse = {
    scope,
    structures: structures.map(({ id, name }) => ({ id, name })),
    report: suppressSmallCells(report),
  };
  return c.json(answer);
}

/**
 * The caller as statistics see it, from its memberships: an admin anywhere is an admin; else a coordinateur reads
 * the structure their device works in when they coordinate it, or the first one they coordinate.
 */
export async function asReader(store: Store, account: AidantRow, deviceStructureId: string): Promise<Reader> {
  const memberships = await store.accounts.listMemberships(account.id);
  const coordinated = memberships.filter((m) => m.role === 'coordinateur');
  const reader = { ...account, coordinated: new Set(coordinated.map((m) => m.structureId)) };
  if (memberships.some((m) => m.role === 'admin')) return { ...reader, role: 'admin' };
  const home = coordinated.find((m) => m.structureId === deviceStructureId) ?? coordinated[0];
  return home ? { ...reader, role: 'coordinateur', structureId: home.structureId } : { ...reader, role: 'aidant' };
}

/** The caller's account, its role and default structure for statistics, and the structures it coordinates. */
export type Reader = AidantRow & { coordinated: ReadonlySet<string> };

/** Which structures the caller may read, as asked; `what` names what is read in the refusals. */
export async function scopeOf(
  store: Store,
  aidant: Reader,
  scope: string | undefined,
  structureId: string | undefined,
  what = 'les statistiques',
): Promise<{ scope: 'structure' | 'territory'; structures: StructureRow[] }> {
  if (scope !== undefined && scope !== 'structure' && scope !== 'territory') {
    throw new HttpError(400, 'portee_invalide', 'Le paramètre scope vaut « structure » ou « territory ».');
  }
  const wanted = structureId ?? aidant.structureId;
  if (aidant.role === 'coordinateur') {
    if (scope === 'territory') throw forbidden(`Seul un administrateur du territoire peut voir ${what} de toutes les structures.`);
    if (!aidant.coordinated.has(wanted)) throw forbidden(`Vous ne pouvez voir que ${what} de votre structure.`);
  }
  if (aidant.role === 'admin' && scope !== 'structure' && structureId === undefined) {
    return { scope: 'territory', structures: await store.listStructures() };
  }
  const structure = await store.getStructure(wanted);
  if (!structure) throw new HttpError(404, 'structure_inconnue', 'Cette structure n’existe pas.');
  return { scope: 'structure', structures: [structure] };
}
