// What the repositories hand to the views is what their types say: every value passes its field's schema
// or is null, and a record still arriving from a cut sync is not shown as if it were whole.
import * as z from 'zod/mini';
import { afterEach, describe, expect, it } from 'vitest';
import { listAccompagnements } from '../../src/app/db/accompagnements-repository';
import { listBeneficiaries } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { getDiagnostic, listDiagnosticsOf } from '../../src/app/db/diagnostics-repository';
import { getMandate, listMandates } from '../../src/app/db/mandates-repository';
import { listOrientations } from '../../src/app/db/orientations-repository';
import { listCheques } from '../../src/app/db/pass-numeriques-repository';
import { fieldSchemas, recordView } from '../../src/app/db/record-views';
import { applyPulledOps } from '../../src/app/db/records-repository';
import { listSuivis } from '../../src/app/db/suivis-repository';
import { formatHlc } from '../../src/shared/hlc';
import { collections, type CollectionSpec } from '../../src/shared/schema/collections';
import { uuidv7 } from '../../src/shared/schema/ids';
import { mandatesCollection } from '../../src/shared/schema/mandate';
import { checklistItemId } from '../../src/shared/schema/suivi';
import type { Op } from '../../src/shared/schema/sync';
import { loggedInClientDb } from '../fixtures/client-db';
import { sampleDiagnostic } from '../fixtures/sample-diagnostic';

let db: DeclicDatabase;
afterEach(() => db?.close());

let tick = 0;
/** Ops written on another tablet, one per field, pulled in that order. */
function pulled(collection: string, recordId: string, values: Record<string, unknown>): Op[] {
  return Object.entries(values).map(([field, value]) => ({
    opId: uuidv7(),
    collection,
    recordId,
    field,
    value,
    hlc: formatHlc({ ms: Date.UTC(2026, 2, 10) + tick++, counter: 0, clientId: 'tablette-accueil-02' }),
    base: null,
  }));
}

/** Each field's schema, null allowed (a field never set reads null). */
function viewSchema(spec: CollectionSpec) {
  const nullable = Object.fromEntries(Object.entries(fieldSchemas(spec.fields)).map(([field, schema]) => [field, z.nullable(schema)]));
  return z.object({ id: z.string(), ...nullable });
}

describe('records as the views read them', () => {
  it('refuses a view whose fields are another collection’s', () => {
    expect(() => recordView('beneficiaries', mandatesCollection)).toThrow(/beneficiaries/);
    expect(() => recordView('mandates', mandatesCollection)).not.toThrow();
  });

  it('hands out only values that pass their field’s schema, whatever a tablet sent', async () => {
    db = await loggedInClientDb();
    const person = uuidv7();
    await applyPulledOps(db, [
      ...pulled('beneficiaries', person, { firstName: 'Yvette', birthYear: 'mille neuf cent', status: 'perdu', phone: 612 }),
      ...pulled('accompagnements', uuidv7(), { beneficiaryId: person, date: 'hier', durationMinutes: 30, place: 'mairie' }),
      ...pulled('orientations', uuidv7(), { beneficiaryId: person, partnerId: 'Pas Un Id', outcome: 'recue', demarcheIds: 'caf' }),
      ...pulled('passNumeriques', uuidv7(), { number: 'A-001', valueCents: -5, status: 'remis', handedTo: person }),
    ]);
    const lists: Array<[string, readonly object[]]> = [
      ['beneficiaries', await listBeneficiaries(db)],
      ['accompagnements', await listAccompagnements(db)],
      ['orientations', await listOrientations(db)],
      ['passNumeriques', (await listCheques(db)).map(({ handOuts: _handOuts, ...cheque }) => cheque)],
    ];
    for (const [collection, list] of lists) {
      expect(list, collection).toHaveLength(1);
      const schema = viewSchema(collections[collection]!);
      for (const record of list) expect(schema.safeParse(record).success, collection).toBe(true);
    }
    expect(lists[0]![1][0]).toMatchObject({ firstName: 'Yvette', birthYear: null, status: null, phone: null });
  });

  it('shows a diagnostic only once every field has arrived', async () => {
    db = await loggedInClientDb();
    const person = uuidv7();
    const id = uuidv7();
    const { date, skills, autonomyLevel, ...rest } = sampleDiagnostic(person);
    await applyPulledOps(db, pulled('diagnostics', id, { beneficiaryId: person, date, skills, autonomyLevel }));
    expect(await getDiagnostic(db, id)).toBeUndefined();
    expect(await listDiagnosticsOf(db, person)).toEqual([]);
    await applyPulledOps(db, pulled('diagnostics', id, rest));
    expect(await getDiagnostic(db, id)).toEqual({ id, deleted: false, ...sampleDiagnostic(person) });
    expect(await listDiagnosticsOf(db, person)).toHaveLength(1);
  });

  it('shows a mandate only once every field has arrived', async () => {
    db = await loggedInClientDb();
    const id = uuidv7();
    const mandate = { beneficiaryId: uuidv7(), startOn: '2026-03-01', duration: '1-an', demarcheIds: ['prime-activite'] };
    await applyPulledOps(db, pulled('mandates', id, { beneficiaryId: mandate.beneficiaryId, startOn: mandate.startOn }));
    expect(await getMandate(db, id)).toBeUndefined();
    await applyPulledOps(db, pulled('mandates', id, { duration: mandate.duration, demarcheIds: mandate.demarcheIds }));
    // Written by an app before issue 17: read as its family and days.
    const terms = { families: ['social'], durationDays: 365, templateVersion: 1, revokedFamilies: {}, legacy: true };
    expect(await listMandates(db)).toEqual([{ id, ...mandate, revokedOn: null, aidantName: null, ...terms }]);
  });

  it('shows a mandate of families only once its families, days and template have arrived', async () => {
    db = await loggedInClientDb();
    const id = uuidv7();
    await applyPulledOps(
      db,
      pulled('mandates', id, { beneficiaryId: uuidv7(), startOn: '2026-03-01', durationDays: 31, templateVersion: 2 }),
    );
    expect(await getMandate(db, id)).toBeUndefined();
    await applyPulledOps(db, pulled('mandates', id, { families: ['justice'] }));
    expect(await getMandate(db, id)).toMatchObject({ id, families: ['justice'], durationDays: 31, templateVersion: 2, legacy: false });
  });

  it('gives no tick for a checklist row whose step has not arrived yet', async () => {
    db = await loggedInClientDb();
    const suivi = uuidv7();
    const start = { beneficiaryId: uuidv7(), demarcheId: 'caf-prime-activite', status: 'en-cours', startedOn: '2026-03-01' };
    const whole = checklistItemId(suivi, 'step', 'creer-compte');
    const cut = checklistItemId(suivi, 'document', 'rib');
    await applyPulledOps(db, [
      ...pulled('demarcheSuivis', suivi, start),
      ...pulled('checklistItems', whole, { suiviId: suivi, kind: 'step', itemId: 'creer-compte', checked: true }),
      ...pulled('checklistItems', cut, { suiviId: suivi, checked: true }),
    ]);
    const [read] = await listSuivis(db);
    expect(read).toMatchObject({ id: suivi, ...start, ticks: [{ kind: 'step', itemId: 'creer-compte', checked: true, checkedOn: null }] });
    expect(read).not.toHaveProperty('deleted');
  });
});
