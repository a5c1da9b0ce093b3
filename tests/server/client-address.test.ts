// TRUST_PROXY (contract row "proxy"): the client's address is the socket's, or behind the one trusted reverse
// proxy the address it appended last to X-Forwarded-For; the entries a client writes itself are never believed.
import { Hono } from 'hono';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAidant, createStructure } from '../../src/server/accounts/accounts';
import { readConfig } from '../../src/server/config';
import { clientAddress } from '../../src/server/http/client-address';
import { openSqliteStore } from '../../src/server/store/sqlite';
import { TEST_PASSWORD_COST } from '../fixtures/password-cost';
import { postJson } from '../fixtures/server-api';
import { startEndpointProcess } from '../fixtures/server-process';

/** What the endpoint takes as the client's address for a request from `socket` with these headers. */
async function addressSeen(trustProxy: boolean, socket: string, headers: Record<string, string> = {}): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, trustProxy)));
  const response = await app.request('/', { headers }, { incoming: { socket: { remoteAddress: socket } } });
  return response.text();
}

describe('the client’s address', () => {
  it('is the socket’s without TRUST_PROXY, whatever X-Forwarded-For says', async () => {
    expect(await addressSeen(false, '198.51.100.20', { 'X-Forwarded-For': '203.0.113.5' })).toBe('198.51.100.20');
  });

  it.each([
    ['the one address the proxy wrote', '203.0.113.5', '203.0.113.5'],
    ['the last of a chain, not the ones the client forged', '192.0.2.66, 10.0.0.1, 203.0.113.5', '203.0.113.5'],
    ['an IPv6 address', '192.0.2.66,2001:db8::7', '2001:db8::7'],
  ])('behind the trusted proxy, is %s', async (_case, header, expected) => {
    expect(await addressSeen(true, '127.0.0.1', { 'X-Forwarded-For': header })).toBe(expected);
  });

  it.each([
    ['no header', {}],
    ['a last entry that is no address', { 'X-Forwarded-For': '203.0.113.5, inconnu' }],
    ['an empty header', { 'X-Forwarded-For': '' }],
  ])('falls back to the socket’s address with %s', async (_case, headers) => {
    expect(await addressSeen(true, '127.0.0.1', headers)).toBe('127.0.0.1');
  });
});

describe('TRUST_PROXY', () => {
  it.each([
    [undefined, false],
    ['', false],
    ['0', false],
    ['1', true],
  ])('%s → trust the proxy: %s', (value, expected) => {
    expect(readConfig(value === undefined ? {} : { TRUST_PROXY: value }).trustProxy).toBe(expected);
  });

  it('refuses another value with a French message', () => {
    expect(() => readConfig({ TRUST_PROXY: 'oui' })).toThrow(/^TRUST_PROXY invalide : oui/);
  });
});

describe('an endpoint process behind the HTTPS reverse proxy', () => {
  /** The owner's login from their own address, after an attacker failed 10 times from another, through `npm run serve`. */
  async function ownerAfterAttack(env: Record<string, string>): Promise<number> {
    const dir = mkdtempSync(join(tmpdir(), 'declic-proxy-'));
    const store = openSqliteStore(join(dir, 'declic.sqlite'));
    const endpoint = await startEndpointProcess({ ...env, DATA_DIR: dir, DATABASE_URL: '' });
    try {
      await store.migrate();
      const structure = await createStructure(store, 'France services de Nérac');
      const account = { email: 'ines@nerac.test', password: 'une phrase de passe de test' };
      await createAidant(
        store,
        { structureId: structure.id, name: 'Inès', role: 'aidant', ...account },
        { passwordCost: TEST_PASSWORD_COST },
      );
      const from = (address: string, password: string) =>
        postJson(`${endpoint.url}/api/v1/auth/login`, { ...account, password, deviceName: 'T' }, { 'X-Forwarded-For': address });
      for (let i = 0; i < 10; i++) expect((await from('203.0.113.66', `devine-${i}`)).status).toBe(401);
      expect((await from('203.0.113.66', account.password)).status).toBe(429);
      return (await from('198.51.100.7', account.password)).status;
    } finally {
      await endpoint.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('tells the aidants apart with TRUST_PROXY=1: the owner gets in', async () => {
    expect(await ownerAfterAttack({ TRUST_PROXY: '1' })).toBe(200);
  });

  it('sees one address for everybody without it (why the README asks for TRUST_PROXY=1 behind a proxy)', async () => {
    expect(await ownerAfterAttack({ TRUST_PROXY: '' })).toBe(429);
  });
});
