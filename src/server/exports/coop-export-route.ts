// GET /api/v1/exports/coop?from=&to=[&format=csv|json|xlsx][&structure=ID]: the accompaniments in La Coop
// de la médiation numérique's vocabulary, one row each. A coordinateur exports their structure, an admin the
// territory or one structure, an aidant nothing (the same access rules as the statistics).
import type { Context } from 'hono';
import { coopCatalogueOf } from '../../shared/coop/activities';
import { coopCsv, coopExportRows } from '../../shared/coop/export';
import { coopJson } from '../../shared/coop/json-export';
import { coopXlsx, XLSX_MEDIA_TYPE } from '../../shared/coop/xlsx-export';
import type { CoopCatalogue } from '../../shared/coop/mapping';
import { contentPackSchema } from '../../shared/schema/content';
import { checkPeriod } from '../../shared/stats/period';
import { authenticate } from '../accounts/accounts';
import type { ContentSource } from '../content-pack/content-source';
import { HttpError } from '../http/errors';
import { asReader, scopeOf } from '../stats/stats-route';
import type { Store } from '../store/store';
import { coopActivitiesOfStructures } from './coop-export';

const FORMATS = ['csv', 'json', 'xlsx'] as const;

/** Answers the export the caller may read. */
export async function coopExportRoute(c: Context, store: Store, catalogue: () => CoopCatalogue): Promise<Response> {
  const { aidant: account, device } = await authenticate(store, c.req.header('authorization'));
  const reader = await asReader(store, account, device.structureId);
  // Refused before any parameter is read, as the statistics are.
  if (reader.role === 'aidant') {
    throw new HttpError(
      403,
      'acces_refuse',
      'L’export pour La Coop est réservé aux coordinateurs et aux administrateurs. Vos propres accompagnements s’exportent depuis la tablette, dans Activité.',
    );
  }
  const checked = checkPeriod(c.req.query('from'), c.req.query('to'));
  if ('error' in checked) throw new HttpError(400, 'periode_invalide', checked.error);
  const format = c.req.query('format') ?? 'csv';
  if (!(FORMATS as readonly string[]).includes(format)) {
    throw new HttpError(400, 'format_invalide', 'Le paramètre format vaut « csv », « json » ou « xlsx ».');
  }
  const { structures } = await scopeOf(store, reader, undefined, c.req.query('structure'), 'les accompagnements');
  const found = await coopActivitiesOfStructures(store, structures, checked.period, catalogue());
  const name = `coop-declic-${checked.period.from}-au-${checked.period.to}`;
  if (format === 'json') {
    const structureOf = new Map(found.map(({ activity, structure }) => [activity, structure.id]));
    const body = coopJson(
      found.map((f) => f.activity),
      (a) => structureOf.get(a) ?? null,
    );
    return c.json(body, 200, { 'Content-Disposition': `attachment; filename="${name}.json"` });
  }
  const placeOf = new Map(found.map(({ activity, structure }) => [activity, { structureName: structure.name }]));
  const rows = coopExportRows(
    found.map((f) => f.activity),
    (a) => placeOf.get(a) ?? null,
  );
  if (format === 'xlsx') {
    const workbook = await coopXlsx(rows);
    return c.body(workbook.buffer as ArrayBuffer, 200, {
      'Content-Type': XLSX_MEDIA_TYPE,
      'Content-Disposition': `attachment; filename="${name}.xlsx"`,
    });
  }
  const csv = coopCsv(rows);
  return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': `attachment; filename="${name}.csv"` });
}

/** The catalogue lookups of the pack `content` serves, parsed once per pack version. */
export function catalogueOfContent(content: ContentSource): () => CoopCatalogue {
  let cached: { version: string; catalogue: CoopCatalogue } | undefined;
  return () => {
    const { json, version } = content.current();
    if (cached?.version !== version) cached = { version, catalogue: coopCatalogueOf(contentPackSchema.parse(JSON.parse(json))) };
    return cached.catalogue;
  };
}
