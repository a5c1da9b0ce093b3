// Importing a directory again: a newer `date_maj` updates, an older or equal one changes nothing, and what a
// coordinator corrected on a tablet since the last import stays as they wrote it.
import { describe, expect, it } from 'vitest';
import type { ImportedPartner } from '../../src/shared/directory/imported-partner';
import { importedPartnerId } from '../../src/shared/directory/partner-ids';
import { planUpsert, type StoredPartner } from '../../src/shared/directory/partner-upsert';
import { fieldSpec } from '../../src/shared/schema/collections';
import { recordIdSchema } from '../../src/shared/schema/ids';

const by = { author: 'Import data·inclusion', updatedOn: '2025-03-01', territory: true };

function place(updatedOn: string, values: Partial<ImportedPartner['values']> = {}): ImportedPartner {
  return {
    line: 2,
    source: 'lieux',
    sourceId: 'lieu-nerac-fs',
    updatedOn,
    values: {
      name: 'France services de Nérac',
      commune: 'Nérac',
      postalCode: '47600',
      address: '4 rue du Château',
      phone: '05 53 97 55 55',
      email: null,
      website: null,
      openingHours: 'Mo-Fr 08:30-12:30',
      appointment: null,
      services: ['Aide aux démarches administratives'],
      modalities: null,
      notes: null,
      ...values,
    },
  };
}

/** The record as the first import left it, then with `edits` a person made. */
function stored(first: ImportedPartner, edits: Record<string, unknown> = {}): StoredPartner {
  const { changes } = planUpsert(undefined, first, by);
  return { deleted: false, fields: { ...changes, ...edits } };
}

describe('planUpsert', () => {
  it('writes a new place whole, with its origin, what was imported and who imported it', () => {
    const plan = planUpsert(undefined, place('2024-02-01'), by);
    expect(plan.outcome).toBe('added');
    expect(plan.changes).toMatchObject({
      name: 'France services de Nérac',
      source: 'lieux',
      sourceId: 'lieu-nerac-fs',
      sourceUpdatedOn: '2024-02-01',
      territory: true,
      author: 'Import data·inclusion',
      importedValues: { name: 'France services de Nérac', services: ['Aide aux démarches administratives'] },
    });
    expect(plan.changes).not.toHaveProperty('email');
    for (const [field, value] of Object.entries(plan.changes)) {
      expect(fieldSpec('localPartners', field)!.schema.safeParse(value).success, field).toBe(true);
    }
  });

  it.each(['2024-02-01', '2023-12-31'])('changes nothing for a date_maj of %s (not newer)', (date) => {
    const plan = planUpsert(stored(place('2024-02-01')), place(date, { phone: '05 00 00 00 00' }), by);
    expect(plan).toEqual({ outcome: 'unchanged', changes: {}, keptEdits: [] });
  });

  it('updates, with a newer date_maj, the fields nobody changed since', () => {
    const plan = planUpsert(stored(place('2024-02-01')), place('2024-06-01', { phone: '05 53 00 00 00', email: 'fs@albret.fr' }), by);
    expect(plan.outcome).toBe('updated');
    expect(plan.changes).toMatchObject({ phone: '05 53 00 00 00', email: 'fs@albret.fr', sourceUpdatedOn: '2024-06-01' });
    expect(plan.changes).not.toHaveProperty('name');
    expect(plan.changes).not.toHaveProperty('territory');
  });

  it('keeps a field a person edited, even when the directory changed it too, and updates the others', () => {
    const edited = stored(place('2024-02-01'), { openingHours: 'Mo-Fr 09:00-12:00', notes: 'Demander Sylvie.' });
    const plan = planUpsert(edited, place('2024-06-01', { openingHours: 'Mo-Th 08:30-12:30', phone: '05 53 00 00 00' }), by);
    expect(plan.changes).not.toHaveProperty('openingHours');
    expect(plan.changes).not.toHaveProperty('notes');
    expect(plan.changes).toMatchObject({ phone: '05 53 00 00 00' });
    expect(plan.keptEdits).toEqual(['openingHours']);
    // The next import still knows the hours were the person's: they differ from what was imported.
    const after = { deleted: false, fields: { ...edited.fields, ...plan.changes } };
    const next = planUpsert(after, place('2024-09-01', { openingHours: 'Mo-We 08:30-12:30', phone: '05 53 00 00 00' }), by);
    expect(next.changes).not.toHaveProperty('openingHours');
  });

  it('clears a value the directory no longer gives, unless a person changed it', () => {
    const plan = planUpsert(stored(place('2024-02-01')), place('2024-06-01', { phone: null }), by);
    expect(plan.changes).toMatchObject({ phone: null });
  });

  it('does not bring back a place someone removed', () => {
    expect(planUpsert({ deleted: true, fields: { deleted: true } }, place('2030-01-01'), by).outcome).toBe('erased');
  });
});

describe('importedPartnerId', () => {
  it('is the same for the same place of the same directory in the same scope, and a record id', async () => {
    const a = await importedPartnerId({ territory: true }, 'lieux', 'lieu-nerac-fs');
    expect(await importedPartnerId({ territory: true }, 'lieux', 'lieu-nerac-fs')).toBe(a);
    expect(recordIdSchema.safeParse(a).success).toBe(true);
    const others = await Promise.all([
      importedPartnerId({ territory: true }, 'data-inclusion', 'lieu-nerac-fs'),
      importedPartnerId({ territory: true }, 'lieux', 'lieu-nérac-fs'),
      importedPartnerId({ territory: false, structureId: 's1' }, 'lieux', 'lieu-nerac-fs'),
      importedPartnerId({ territory: false, structureId: 's2' }, 'lieux', 'lieu-nerac-fs'),
    ]);
    expect(new Set([a, ...others]).size).toBe(5);
  });
});
