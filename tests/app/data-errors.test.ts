// What a write on the tablet says when it cannot be done, in the aidant's words: the field as the form
// names it, what to do next; the technical detail (collection, field, IndexedDB's error) in the console only.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBeneficiary, updateBeneficiary } from '../../src/app/db/beneficiaries-repository';
import type { DeclicDatabase } from '../../src/app/db/database';
import { fieldLabel } from '../../src/app/db/field-labels';
import { readRecord, writeFields } from '../../src/app/db/records-repository';
import { collections } from '../../src/shared/schema/collections';
import { uuidv7 } from '../../src/shared/schema/ids';
import { loggedInClientDb, openClientDb } from '../fixtures/client-db';

let db: DeclicDatabase;
afterEach(() => {
  db?.close();
  vi.restoreAllMocks();
});

/** The console, silenced and recorded: what it receives is for the developer. */
function consoleSpies() {
  return {
    warn: vi.spyOn(console, 'warn').mockImplementation(() => undefined),
    error: vi.spyOn(console, 'error').mockImplementation(() => undefined),
  };
}

/** The message a write ends with. */
async function failureOf(write: Promise<unknown>): Promise<string> {
  const error = await write.then(
    () => undefined,
    (failure: unknown) => failure,
  );
  if (!(error instanceof Error)) throw new Error('the write did not fail');
  return error.message;
}

// What an aidant must not read: identifiers (camelCase or collection.field), the old texts, an error's name.
const technical = /\b[a-z]+[A-Z]\w*\b|\w+\.\w+|Valeur refusée|Donnée inconnue|undefined|Error/;

describe('messages of the data layer', () => {
  it('has a French name for every field of every collection', () => {
    for (const [collection, spec] of Object.entries(collections)) {
      for (const field of Object.keys(spec.fields)) expect(fieldLabel(collection, field), `${collection}.${field}`).toBeDefined();
    }
  });

  it.each([
    ['beneficiaries', 'phone', 'x'.repeat(41), 'Le téléphone n’a pas été enregistré : la valeur n’est pas valide.'],
    ['beneficiaries', 'birthYear', 1700, 'L’année de naissance n’a pas été enregistrée : la valeur n’est pas valide.'],
    ['accompagnements', 'operatorIds', ['CAF !'], 'Les organismes n’ont pas été enregistrés : la valeur n’est pas valide.'],
    ['mandates', 'demarcheIds', [], 'Les démarches du mandat n’ont pas été enregistrées : la valeur n’est pas valide.'],
    ['mandates', 'families', ['impots'], 'Les familles de démarches du mandat n’ont pas été enregistrées : la valeur n’est pas valide.'],
    [
      'mandates',
      'revokedOn_justice',
      '2026-02-30',
      'La date de retrait d’une famille du mandat n’a pas été enregistrée : la valeur n’est pas valide.',
    ],
  ])('names the field when a value of %s.%s is refused', async (collection, field, value, message) => {
    db = await loggedInClientDb();
    const spies = consoleSpies();
    const said = await failureOf(writeFields(db, collection, uuidv7(), { [field]: value }));
    expect(said).toBe(message);
    expect(said).not.toMatch(technical);
    expect(spies.warn).toHaveBeenCalledWith(expect.stringContaining(`${collection}.${field}`), expect.any(String));
  });

  it('says a mistyped address or an unknown field plainly', async () => {
    db = await loggedInClientDb();
    const spies = consoleSpies();
    const badId = await failureOf(updateBeneficiary(db, 'pas-une-fiche', { firstName: 'Yvette' }));
    expect(badId).toBe('La modification n’a pas été enregistrée : cette fiche est introuvable (l’adresse de la page n’est pas valide).');
    expect(spies.warn).toHaveBeenCalledWith(expect.any(String), 'pas-une-fiche');
    const unknown = await failureOf(writeFields(db, 'beneficiaries', uuidv7(), { nir: '1 84 12 75 123 456' }));
    expect(unknown).toBe('Cette version de Déclic ne connaît pas ces données : mettez l’application à jour, puis réessayez.');
    expect(spies.error).toHaveBeenCalledWith(expect.any(String), 'beneficiaries.nir');
    for (const said of [badId, unknown]) expect(said).not.toMatch(technical);
  });

  it('says that the tablet is full when IndexedDB is, and nothing is written', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Yvette' });
    const spies = consoleSpies();
    db.outbox.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const said = await failureOf(updateBeneficiary(db, id, { commune: 'Nérac' }));
    expect(said).toBe(
      'La modification n’a pas été enregistrée : la tablette n’a plus assez de place. Libérez de l’espace, puis réessayez.',
    );
    expect(spies.error).toHaveBeenCalledWith(expect.any(String), expect.objectContaining({ name: 'QuotaExceededError' }));
    expect(await readRecord(db, 'beneficiaries', id)).toMatchObject({ commune: null });
  });

  it('turns any other failure of the storage into a plain French message, the detail in the console', async () => {
    db = await loggedInClientDb();
    const id = await createBeneficiary(db, { firstName: 'Yvette' });
    const spies = consoleSpies();
    const failure = new TypeError('Failed to execute put on IDBObjectStore');
    db.outbox.hook('creating', () => {
      throw failure;
    });
    const said = await failureOf(updateBeneficiary(db, id, { commune: 'Nérac' }));
    expect(said).toBe(
      'La modification n’a pas été enregistrée : la tablette n’a pas pu écrire les données. Réessayez ; si cela recommence, fermez puis rouvrez Déclic.',
    );
    expect(spies.error).toHaveBeenCalledWith(expect.any(String), failure);
  });

  it('asks to log in again when no account is on the tablet', async () => {
    db = await openClientDb();
    const said = await failureOf(writeFields(db, 'beneficiaries', uuidv7(), { firstName: 'Yvette' }));
    expect(said).toBe('Aucun compte connecté sur cet appareil : reconnectez-vous.');
  });
});
