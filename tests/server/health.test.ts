import { afterEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../fixtures/test-server';

describe('the endpoint', () => {
  let server: TestServer;
  afterEach(() => server?.close());

  it('answers /api/health per the contract', async () => {
    server = await startTestServer();
    const response = await fetch(`${server.url}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', storage: 'sqlite', version: 'test' });
  });
});
