// A weak password on the endpoint: no account is created with one, and over HTTP it is a 400 `mot_de_passe_faible`
// in the contract's error shape (ready for the routes that set passwords).
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { assertStrongPassword, generatePassword, WeakPasswordError } from '../../src/server/accounts/strong-password';
import { errorResponse } from '../../src/server/http/error-response';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { openTestDb, type TestDb } from '../fixtures/server-db';
import { expectFrenchError } from './expect-error';

describe('a weak password', () => {
  let db: TestDb;
  beforeAll(async () => {
    db = await openTestDb('sqlite');
  });
  afterAll(async () => {
    await db?.dispose();
  });

  it.each(['aaaaaaaaaa', ' '.repeat(10), 'password12', 'Nadia-Agen-2025'])('« %s » creates no account', async (password) => {
    const structure = await createStructure(db.store, 'Mairie d’Agen');
    const email = `nadia.${structure.id.slice(0, 6)}@agen.test`;
    const creating = createAidant(
      db.store,
      { structureId: structure.id, email, name: 'Nadia', role: 'aidant', password },
      { passwordCost: TEST_PASSWORD_COST },
    );
    await expect(creating).rejects.toBeInstanceOf(WeakPasswordError);
    expect(await db.store.findAidantByEmail(email)).toBeUndefined();
  });

  it('answers 400 mot_de_passe_faible with the reasons in French', async () => {
    const app = new Hono()
      .post('/mot-de-passe', () => {
        assertStrongPassword('password12', { email: 'lea@agen.test', name: 'Léa' });
        return new Response('accepté');
      })
      .onError((error, c) => errorResponse(c, error));
    const response = await app.request('/mot-de-passe', { method: 'POST' });
    const answer = { status: response.status, body: await response.json(), headers: response.headers };
    expect(expectFrenchError(answer, 400, 'mot_de_passe_faible')).toMatch(/^Mot de passe trop faible : il est trop court/);
  });

  it('is never what the endpoint generates', () => {
    const owner = { email: 'kqxm@agen.test', name: 'Kqxm' };
    for (let i = 0; i < 200; i++) expect(() => assertStrongPassword(generatePassword(owner), owner)).not.toThrow();
    expect(generatePassword()).toMatch(/^[a-z2-9]{4}(-[a-z2-9]{4}){3}$/);
  });
});
