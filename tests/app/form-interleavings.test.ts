// Random interleavings of form edits and pulls on three tablets (real Dexie, real write and pull paths,
// the bénéficiaire form's own write path): forms open, the aidant types, colleagues' edits are pulled in
// while forms stay open, forms are saved late. Whatever the order, every tablet ends with the same file,
// the one merging every write gives, a form never writes a field the aidant left alone, and no free text
// anyone wrote disappears unless someone who had seen it replaced it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeclicDatabase } from '../../src/app/db/database';
import { applyPulledOps, readRows } from '../../src/app/db/records-repository';
import type { FieldState } from '../../src/shared/merge';
import type { Op } from '../../src/shared/schema/sync';
import { loggedInClientDb, testLogin } from '../fixtures/client-db';
import { lostWrites, mergedWrites, openForm, saveForm, typedValues, writeNow, type OpenForm, type SeenWrite } from '../fixtures/form-edits';

const TABLETS = 3;
const FIELDS = Object.keys(typedValues);
const RECORD = '0190c0de-0000-7000-8000-000000000001';

type Action =
  | { kind: 'open' | 'save' | 'sync'; tablet: number }
  | { kind: 'type' | 'write'; tablet: number; field: string }
  | { kind: 'wait'; ms: number };

const tablet = fc.integer({ min: 0, max: TABLETS - 1 });
// The notes (free text, where both versions must be kept) half of the time.
const field = fc.oneof(fc.constant('notes'), fc.constantFrom(...FIELDS));
// Forms stay open across several pulls: saving is rarer than typing and syncing.
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('open' as const), tablet }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('type' as const), tablet, field }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('write' as const), tablet, field }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('sync' as const), tablet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('save' as const), tablet }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 5_000 }) }) },
);

/** Three tablets of one structure, a log standing for the endpoint, and what each tablet has sent and read. */
async function world() {
  let now = Date.parse('2026-03-10T09:00:00Z');
  const login = testLogin('structure-nerac');
  const dbs: DeclicDatabase[] = [];
  for (let i = 0; i < TABLETS; i++) dbs.push(await loggedInClientDb({ login, now: () => now + i * 7 }));
  const log: Op[] = [];
  const unsent: Op[][] = dbs.map(() => []);
  const cursors = dbs.map(() => 0);
  return {
    dbs,
    wait: (ms: number) => void (now += ms),
    wrote: (i: number, writes: SeenWrite[]) => unsent[i]!.push(...writes.map((w) => w.op)),
    /** Pushes what tablet `i` wrote, then pulls everything it has not read yet, through the real pull path. */
    sync: async (i: number) => {
      log.push(...unsent[i]!.splice(0));
      await applyPulledOps(dbs[i]!, log.slice(cursors[i]));
      cursors[i] = log.length;
    },
  };
}

async function stateOf(db: DeclicDatabase): Promise<Record<string, FieldState>> {
  const rows = await readRows(db, 'beneficiaries', { includeErased: true });
  const state: Record<string, FieldState> = {};
  for (const row of rows)
    for (const [name, s] of Object.entries(row.fields))
      state[`${row.id}/${name}`] = {
        winner: { value: s.winner.value, hlc: s.winner.hlc, base: s.winner.base ?? null },
        conflicts: s.conflicts.map((c) => ({ value: c.value, hlc: c.hlc, base: c.base ?? null })).sort((a, b) => (a.hlc < b.hlc ? -1 : 1)),
      };
  return state;
}

async function play(actions: Action[]): Promise<void> {
  const w = await world();
  const writes: SeenWrite[] = [];
  const record = (i: number, made: SeenWrite[]) => (writes.push(...made), w.wrote(i, made));
  record(0, await writeNow(w.dbs[0]!, RECORD, { firstName: 'Yvette', lastName: 'Martin', notes: 'Veuve.', status: 'actif' }));
  for (let i = 0; i < TABLETS; i++) await w.sync(i);
  const forms: (OpenForm | undefined)[] = w.dbs.map(() => undefined);
  try {
    for (const [step, a] of actions.entries()) {
      const tag = `${step}`;
      if (a.kind === 'wait') w.wait(a.ms);
      else if (a.kind === 'open') forms[a.tablet] ??= await openForm(w.dbs[a.tablet]!, RECORD);
      else if (a.kind === 'type') {
        const form = forms[a.tablet];
        if (form) form.draft = { ...form.draft, typed: { ...form.draft.typed, ...typedValues[a.field]!(tag) } };
      } else if (a.kind === 'save' && forms[a.tablet]) {
        record(a.tablet, await saveForm(w.dbs[a.tablet]!, forms[a.tablet]!));
        forms[a.tablet] = undefined;
      } else if (a.kind === 'write') {
        const value = Object.values(typedValues[a.field]!(tag))[0];
        record(a.tablet, await writeNow(w.dbs[a.tablet]!, RECORD, { [a.field]: value }));
      } else if (a.kind === 'sync') await w.sync(a.tablet);
      w.wait(100);
    }
    for (let round = 0; round < 2; round++) for (let i = 0; i < TABLETS; i++) await w.sync(i);

    const states = await Promise.all(w.dbs.map(stateOf));
    for (const state of states.slice(1)) expect(state).toEqual(states[0]);
    const expected = Object.fromEntries(
      [...mergedWrites(writes)].map(([key, s]) => [key, { ...s, conflicts: [...s.conflicts].sort((a, b) => (a.hlc < b.hlc ? -1 : 1)) }]),
    );
    expect(states[0]).toEqual(expected);
    expect(lostWrites(writes, (recordId, name) => states[0]![`${recordId}/${name}`])).toEqual([]);
  } finally {
    for (const db of w.dbs) db.close();
  }
}

describe('form edits and pulls in any order', () => {
  it('converge, and lose no value anyone wrote', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 5, maxLength: 30 }), (actions) => play(actions)),
      { numRuns: Number(process.env.FORM_INTERLEAVINGS_RUNS ?? 100) },
    );
  });

  it('keeps both notes when a colleague’s note was pulled while the form was open and the aidant changed it too', async () => {
    await play([
      { kind: 'open', tablet: 0 },
      { kind: 'write', tablet: 1, field: 'notes' },
      { kind: 'sync', tablet: 1 },
      { kind: 'sync', tablet: 0 },
      { kind: 'type', tablet: 0, field: 'notes' },
      { kind: 'save', tablet: 0 },
    ]);
  });

  it('keeps a colleague’s name pulled while the form was open (the case of issue 11)', async () => {
    await play([
      { kind: 'open', tablet: 0 },
      { kind: 'write', tablet: 1, field: 'lastName' },
      { kind: 'sync', tablet: 1 },
      { kind: 'sync', tablet: 0 },
      { kind: 'type', tablet: 0, field: 'phone' },
      { kind: 'save', tablet: 0 },
    ]);
  });
});
