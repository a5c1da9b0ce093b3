// A directory file imported on the tablet: partners written like a form's save (with their outbox ops, a
// hundred per transaction), so that they sync like any other change. The rules (ids, newer date_maj, local edits kept)
// are the endpoint's too: src/shared/directory.
import { runPartnerImport, type ImportReport, type ImportRunOptions, type PartnerTarget } from '../../shared/directory/import-run';
import type { ParsedDirectory } from '../../shared/directory/imported-partner';
import type { ImportScope } from '../../shared/directory/partner-ids';
import type { DeclicDatabase } from './database';
import { listRecords, writeRecords } from './records-repository';

const COLLECTION = 'localPartners';

function tabletTarget(db: DeclicDatabase): PartnerTarget {
  return {
    async read(recordIds) {
      const wanted = new Set(recordIds);
      const records = await listRecords(db, COLLECTION, { includeErased: true });
      return new Map(records.filter((r) => wanted.has(r.id)).map((r) => [r.id, { deleted: r.deleted === true, fields: r }]));
    },
    async write(writes) {
      await writeRecords(db, COLLECTION, writes);
    },
  };
}

/**
 * Imports `parsed` into the local partners of `scope` as `by`, a hundred partners per transaction; `options` hear
 * each batch done and can stop the import between two batches.
 */
export function importDirectory(
  db: DeclicDatabase,
  parsed: ParsedDirectory,
  scope: ImportScope,
  by: { author: string; updatedOn: string },
  options: ImportRunOptions = {},
): Promise<ImportReport> {
  return runPartnerImport(parsed, tabletTarget(db), scope, by, options);
}
