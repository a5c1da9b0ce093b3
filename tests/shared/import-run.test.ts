// One import run over any store of partners: counts, batches of a hundred with progress after each, and two
// runs of the same file converging on the same records (what the endpoint and a tablet both rely on).
import { describe, expect, it } from 'vitest';
import { runPartnerImport, reportCounts, stoppedText, type PartnerTarget } from '../../src/shared/directory/import-run';
import { parseLieuxCsv } from '../../src/shared/directory/lieux';
import type { StoredPartner } from '../../src/shared/directory/partner-upsert';

const HEAD = 'id,pivot,nom,commune,code_postal,adresse,date_maj,horaires';
const csv = (count: number, date = '2024-03-12') =>
  [
    HEAD,
    ...Array.from(
      { length: count },
      (_, i) => `lieu-${i},21470001500012,Lieu ${i},Agen,47000,${i} rue Lamartine,${date},Mo-Fr 09:00-12:00`,
    ),
  ].join('\n');

/** Local partners kept in memory, written as the endpoint and the tablet write them: field by field. */
function memoryTarget(): PartnerTarget & { records: Map<string, Record<string, unknown>>; batches: number[] } {
  const records = new Map<string, Record<string, unknown>>();
  const batches: number[] = [];
  return {
    records,
    batches,
    async read(ids) {
      return new Map(
        ids.flatMap((id): [string, StoredPartner][] => (records.has(id) ? [[id, { deleted: false, fields: records.get(id)! }]] : [])),
      );
    },
    async write(writes) {
      batches.push(writes.length);
      for (const { recordId, changes } of writes) records.set(recordId, { ...records.get(recordId), ...changes });
    },
  };
}

const by = { author: 'Import Lieux de médiation numérique', updatedOn: '2025-03-14' };

describe('runPartnerImport', () => {
  it('writes by batches of a hundred and tells the progress after each', async () => {
    const target = memoryTarget();
    const progress: [number, number][] = [];
    const report = await runPartnerImport(parseLieuxCsv(csv(250)), target, { territory: true }, by, {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(reportCounts(report)).toBe('ajoutés 250, mis à jour 0, inchangés 0, refusés 0');
    expect(target.batches).toEqual([100, 100, 50]);
    expect(progress).toEqual([
      [100, 250],
      [200, 250],
      [250, 250],
    ]);
  });

  it('stops after the batch being written when asked, keeping what is written, and says how far it went', async () => {
    const target = memoryTarget();
    const stop = new AbortController();
    const report = await runPartnerImport(parseLieuxCsv(csv(350)), target, { territory: true }, by, {
      onProgress: (done) => done === 200 && stop.abort(),
      signal: stop.signal,
    });
    expect(target.batches).toEqual([100, 100]);
    expect(target.records.size).toBe(200);
    expect(report).toMatchObject({ added: 200, stoppedAfter: 200 });
    expect(stoppedText(report, 350)).toBe(
      'Import arrêté après 200 lieux sur 350 : les autres n’ont pas été importés. Ceux déjà enregistrés le restent.',
    );
    // Asked once the last batch is written, there is nothing left to stop: the import is whole.
    const last = new AbortController();
    const whole = await runPartnerImport(parseLieuxCsv(csv(350)), memoryTarget(), { territory: true }, by, {
      onProgress: (done) => done === 350 && last.abort(),
      signal: last.signal,
    });
    expect(whole.stoppedAfter).toBeUndefined();
    expect(stoppedText(whole, 350)).toBeNull();
  });

  it('writes its counts as French does, thousands apart: « ajoutés 5 000 »', () => {
    const report = { added: 5000, updated: 1200, unchanged: 12, refused: [], outOfZone: 19000, keptEdits: 0, stoppedAfter: 1500 };
    expect(reportCounts(report)).toBe('ajoutés 5\u202f000, mis à jour 1\u202f200, inchangés 12, refusés 0 (hors zone : 19\u202f000)');
    expect(stoppedText(report, 5000)).toMatch(/^Import arrêté après 1\u202f500 lieux sur 5\u202f000 :/);
  });

  it('converges: the same file twice is the same records, unchanged; a newer file updates them all', async () => {
    const target = memoryTarget();
    await runPartnerImport(parseLieuxCsv(csv(3)), target, { territory: false, structureId: 's1' }, by);
    const ids = [...target.records.keys()];
    const again = await runPartnerImport(parseLieuxCsv(csv(3)), target, { territory: false, structureId: 's1' }, by);
    expect(reportCounts(again)).toBe('ajoutés 0, mis à jour 0, inchangés 3, refusés 0');
    expect([...target.records.keys()]).toEqual(ids);
    const newer = await runPartnerImport(parseLieuxCsv(csv(3, '2024-09-01')), target, { territory: false, structureId: 's1' }, by);
    expect(reportCounts(newer)).toBe('ajoutés 0, mis à jour 3, inchangés 0, refusés 0');
    expect(target.records.get(ids[0]!)).toMatchObject({ territory: false, sourceUpdatedOn: '2024-09-01' });
  });
});
