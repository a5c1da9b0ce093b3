// The aidant's export for La Coop on the tablet, offline: their own sessions of the period as the Coop's
// CSV (every value one of its enumerations), Excel workbook and JSON; a colleague's session, names and notes stay out.
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import readXlsxFile from 'read-excel-file/node';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listAccompagnements, logAtelier, logSession } from '../../src/app/db/accompagnements-repository';
import { createBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { applyPulledOps } from '../../src/app/db/records-repository';
import { paths } from '../../src/app/routes/paths';
import { navigate } from '../../src/app/ui/router';
import { coopExportJsonSchema } from '../../src/shared/coop/export-schema';
import { uuidv7 } from '../../src/shared/schema/ids';
import { contentIsReady, renderSection, stopSections, tabletOf } from '../fixtures/activity-app';
import { readCoopCsv, readCoopTable } from '../fixtures/coop-csv';

let db: DeclicDatabase;

/** Records the files the page offers: their names and contents. */
function catchDownloads(): { names: string[]; blobs: Blob[]; texts: () => Promise<string[]> } {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:coop';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  // Decoded as saved: the BOM is part of what is checked.
  const decode = async (blob: Blob) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blob.arrayBuffer());
  return { names, blobs, texts: () => Promise.all(blobs.map(decode)) };
}

beforeEach(async () => {
  contentIsReady();
  db = await tabletOf('aidant');
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await stopSections();
  db.close();
  navigate('/');
});

describe('the export for La Coop on the tablet', () => {
  it('saves the aidant’s own sessions as the Coop’s CSV, JSON and Excel workbook, without a colleague’s or any name', async () => {
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac', birthYear: 1948 });
    const karim = await createBeneficiary(db, { firstName: 'Karim', lastName: 'Benali', commune: 'Agen', birthYear: 1990 });
    await logSession(db, {
      beneficiaryId: yvette,
      date: '2025-03-10',
      durationMinutes: 45,
      place: 'france-services',
      demarcheIds: ['rsa'],
      operatorIds: ['caf'],
      autonomyObserved: 'pas-a-pas',
      note: 'Code FranceConnect perdu',
      genre: 'feminin',
      trancheAge: 'soixante_dix_plus',
      occupation: 'retraite',
      materiel: ['tablette'],
    });
    await logAtelier(db, {
      date: '2025-02-20',
      durationMinutes: 120,
      place: 'mairie',
      participantIds: [yvette, karim],
      theme: 'Découvrir la tablette',
      demarcheIds: [],
      operatorIds: [],
      niveauAtelier: 'debutant',
    });
    const colleagues = uuidv7();
    const stamp = `${Date.parse('2025-03-11T09:00:00Z')}-0000-colleague-tablet-01`;
    const fields = { date: '2025-03-11', durationMinutes: 30, place: 'domicile', mode: 'individuel', demarcheIds: [] };
    await applyPulledOps(
      db,
      Object.entries(fields).map(([field, value], i) => ({
        opId: `c-${i}`,
        collection: 'accompagnements',
        recordId: colleagues,
        field,
        value,
        hlc: stamp,
      })),
    );

    await renderSection(paths.sessions(), db);
    await screen.findByText('3 accompagnements sur cette tablette.');
    const downloads = catchDownloads();
    fireEvent.click(screen.getByText('Exporter pour La Coop de la médiation numérique'));
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger le tableau (CSV)' }));
    await screen.findByText(/Fichier « coop-declic-.*\.csv » enregistré : 3 accompagnements\./);
    fireEvent.click(screen.getByRole('button', { name: 'Télécharger les données (JSON)' }));
    await screen.findByText(/Fichier « coop-declic-.*\.json » enregistré : 3 accompagnements\./);

    fireEvent.click(screen.getByRole('button', { name: 'Télécharger le tableau (Excel)' }));
    await screen.findByText(/Fichier « coop-declic-.*\.xlsx » enregistré : 3 accompagnements\./);

    expect(downloads.names).toEqual([
      'coop-declic-2024-04-01-au-2025-03-14.csv',
      'coop-declic-2024-04-01-au-2025-03-14.json',
      'coop-declic-2024-04-01-au-2025-03-14.xlsx',
    ]);
    const [csv, json] = await downloads.texts();
    // The workbook holds the CSV's rows, value for value.
    const workbook = downloads.blobs[2]!;
    expect(workbook.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const [sheet] = await readXlsxFile(Buffer.from(await workbook.arrayBuffer()));
    const [header, ...lines] = sheet!.data.map((row) => row.map((cell) => (cell === null ? '' : String(cell))));
    expect(readCoopTable(header ?? [], lines)).toEqual(readCoopCsv(csv!));
    const { rows, problems } = readCoopCsv(csv!);
    expect(problems).toEqual([]);
    expect(rows.map((r) => [r.date, r.type, r.typeLieu, r.duree, r.niveau])).toEqual([
      ['2025-02-20', 'collectif', 'lieu_activite', 120, '1/3'],
      ['2025-02-20', 'collectif', 'lieu_activite', 120, '1/3'],
      ['2025-03-10', 'individuel', 'lieu_activite', 45, '1/3'],
    ]);
    // The atelier's participants in their age bands, from their files' birth years.
    expect(rows.slice(0, 2).map((r) => r.trancheAge)).toEqual(['soixante_dix_plus', 'vingt_cinq_trente_neuf']);
    expect(rows[2]).toMatchObject({ genre: 'feminin', trancheAge: 'soixante_dix_plus', occupation: 'retraite', materiel: ['tablette'] });
    expect(rows[2]!.thematiques[0]).toBe('aide_aux_demarches_administratives');
    const { data } = coopExportJsonSchema.parse(JSON.parse(json!));
    expect(data.map((a) => a.id)).not.toContain(colleagues);
    expect(data.map((a) => a.attributes.accompagnements)).toEqual([2, 1]);
    for (const text of [csv!, json!]) {
      for (const personal of ['Yvette', 'Martin', 'Karim', 'Benali', 'Code FranceConnect']) expect(text).not.toContain(personal);
    }
  });

  it('notes what La Coop counts on the session form, the age band taken from the birth year', async () => {
    const yvette = await createBeneficiary(db, { firstName: 'Yvette', lastName: 'Martin', commune: 'Nérac', birthYear: 1948 });
    await renderSection(paths.logSession({ beneficiaryId: yvette }), db);
    fireEvent.click(await screen.findByText('Pour La Coop : thématiques, matériel, genre, âge, situation (facultatif)'));
    expect((screen.getByLabelText('Tranche d’âge') as HTMLSelectElement).value).toBe('soixante_dix_plus');
    fireEvent.change(screen.getByLabelText('Genre'), { target: { value: 'feminin' } });
    fireEvent.change(screen.getByLabelText('Situation'), { target: { value: 'retraite' } });
    fireEvent.click(screen.getByRole('button', { name: 'Téléphone' }));
    fireEvent.click(screen.getByRole('button', { name: 'E-mail' }));
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await screen.findByRole('heading', { level: 1, name: 'Activité d’Yvette Martin' });
    expect((await listAccompagnements(db))[0]).toMatchObject({
      genre: 'feminin',
      trancheAge: 'soixante_dix_plus',
      occupation: 'retraite',
      materiel: ['telephone'],
      thematiques: ['email'],
    });
  });
});
