// The first-visit check: the login screen alone only when the browser surely holds no Déclic database, and the app
// as on any visit when it holds one, cannot say, or does not answer in time.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME } from '../../src/app/db/database-name';
import { FIRST_VISIT_CHECK_MS, isFirstVisit } from '../../src/app/first-visit';

const withDatabases = (databases: () => Promise<{ name?: string }[]>) => vi.stubGlobal('indexedDB', { databases });

describe('isFirstVisit', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('is a first visit when the browser lists no Déclic database', async () => {
    withDatabases(async () => [{ name: 'autre-site' }]);
    expect(await isFirstVisit()).toBe(true);
  });

  it('is not when the browser holds the database, or cannot list its databases', async () => {
    withDatabases(async () => [{ name: DATABASE_NAME }]);
    expect(await isFirstVisit()).toBe(false);
    withDatabases(() => Promise.reject(new DOMException('refusé', 'UnknownError')));
    expect(await isFirstVisit()).toBe(false);
    vi.stubGlobal('indexedDB', {});
    expect(await isFirstVisit()).toBe(false);
  });

  it('starts the app as on any visit when the browser never answers', async () => {
    vi.useFakeTimers();
    withDatabases(() => new Promise(() => {}));
    let answer: boolean | undefined;
    void isFirstVisit().then((first) => (answer = first));
    await vi.advanceTimersByTimeAsync(FIRST_VISIT_CHECK_MS - 1);
    expect(answer).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(answer).toBe(false);
  });
});
