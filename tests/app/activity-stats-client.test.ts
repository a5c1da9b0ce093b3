// The admin's territory figures come from the endpoint: the app's stats client against a real endpoint,
// its answers parsed, its refusals and the lack of network said in French.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchStats, OFFLINE_STATS_MESSAGE, StatsUnavailable } from '../../src/app/sync/stats-client';
import { login, seedStructure } from '../fixtures/server-api';
import { startTestServer, type TestServer } from '../fixtures/test-server';
import { transportTo } from '../fixtures/client-accounts';

const period = { from: '2025-01-01', to: '2025-12-31' };
let server: TestServer;
let admin: string;
let aidant: string;

beforeAll(async () => {
  server = await startTestServer({ loginLimit: 1000 });
  const a = await seedStructure(server.store, 'Département', 'admin');
  const b = await seedStructure(server.store, 'Mairie de Bouglon', 'aidant');
  admin = await login(server.url, a.email, a.password);
  aidant = await login(server.url, b.email, b.password);
});
afterAll(() => server?.close());

describe('asking the endpoint for statistics', () => {
  it('gives an admin the territory, every structure named', async () => {
    const answer = await fetchStats(transportTo(server.url), admin, { period, scope: 'territory' });
    expect(answer.scope).toBe('territory');
    expect(answer.structures.map((s) => s.name).sort()).toEqual(['Département', 'Mairie de Bouglon']);
    expect(answer.report.suppressed).toBe(true);
  });

  it('passes on the endpoint’s refusal of an aidant, in French', async () => {
    const refused = fetchStats(transportTo(server.url), aidant, { period, scope: 'territory' });
    await expect(refused).rejects.toBeInstanceOf(StatsUnavailable);
    await expect(refused).rejects.toThrow(/réservées aux coordinateurs/);
  });

  it('says the network is needed when there is none', async () => {
    await expect(fetchStats(transportTo(server.url), admin, { period, scope: 'territory' }, false)).rejects.toThrow(OFFLINE_STATS_MESSAGE);
    const unreachable = transportTo('http://127.0.0.1:9');
    await expect(fetchStats(unreachable, admin, { period, scope: 'territory' })).rejects.toThrow(OFFLINE_STATS_MESSAGE);
  });
});
