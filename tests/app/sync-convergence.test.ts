// Randomized convergence: 5 tablets (real Dexie, real sync client) edit the same bénéficiaires offline and
// online through a network that drops, repeats, delays and reorders requests, against a real endpoint
// (SQLite, HTTP on 127.0.0.1) that restarts once per run (and, in a second scenario, through the forms' write
// path with pulls landing while forms are open). In the end every tablet holds exactly what the
// endpoint holds, and no acknowledged write is lost. Replay one run: CONVERGENCE_SEED=<seed> CONVERGENCE_RUNS=1.
import { afterAll, beforeAll, describe, expect, it, type ExpectStatic } from 'vitest';
import { SyncFailure } from '../../src/app/sync/failures';
import { mergeField, type FieldState } from '../../src/shared/merge';
import { fieldSpec } from '../../src/shared/schema/collections';
import type { Op } from '../../src/shared/schema/sync';
import { structureWithDevices } from '../fixtures/client-accounts';
import { pick, randomEdit, seededUuid, write } from '../fixtures/client-edits';
import { EndpointLanes, type Lane } from '../fixtures/client-endpoints';
import { FaultyNetwork, NO_FAULTS, prng, type FaultRates } from '../fixtures/client-network';
import { serverKnows, serverState, TestTablet, type StateSnapshot } from '../fixtures/client-replicas';
import type { BeneficiaryChanges } from '../../src/app/db/beneficiaries-repository';
import { emptyForm, toChanges } from '../../src/app/features/beneficiaries/beneficiary-form';
import { lostWrites, openForm, saveForm, typedValues, typeInto, writeNow, type OpenForm, type SeenWrite } from '../fixtures/form-edits';

const RUNS = Number(process.env.CONVERGENCE_RUNS ?? 200);
const FIRST_SEED = Number(process.env.CONVERGENCE_SEED ?? 1);
const TABLETS = 5;
const STEPS = 28;
const RECORDS = 3;
const FAULTS: FaultRates = { dropBefore: 0.08, dropAfter: 0.08, duplicate: 0.06, late: 0.06, delay: 0.1 };
const MINUTE = 60_000;
// Device clocks start a day in the past: far from the endpoint's "too far ahead" limit, whatever the skew.
const START = Date.now() - 24 * 60 * MINUTE;
// Runs share nothing but an endpoint process per lane: a few run at once, so that both cores work.
const lanes = new EndpointLanes(2);

const faultsSeen: Record<string, number> = {};
let restarts = 0;

beforeAll(() => lanes.open(), 60_000);
afterAll(async () => {
  await lanes.close();
  // A test that injected no fault would prove nothing: every kind must have happened (and a restart per run).
  if (RUNS >= 20) {
    for (const kind of ['droppedBefore', 'droppedAfter', 'duplicated', 'late', 'delayed'])
      expect(faultsSeen[kind], kind).toBeGreaterThan(0);
    expect(restarts).toBe(RUNS);
  }
});

describe('tablets that edit the same bénéficiaires through a hostile network', () => {
  const seeds = Array.from({ length: RUNS }, (_, i) => FIRST_SEED + i);
  it.concurrent.for(seeds)(
    'converge with the endpoint and keep every acknowledged write — seed %i',
    { timeout: 60_000 },
    async (seed, { expect }) => {
      await lanes.use((lane) => runScenario(seed, lane, expect));
    },
  );
});

/** One seeded run: random edits, offline periods, faults and a restart; then everyone syncs and is compared. */
async function runScenario(seed: number, lane: Lane, expect: ExpectStatic): Promise<void> {
  const random = prng(seed);
  const restartsBefore = lane.endpoint.restarts;
  const clock = { now: START };
  const { logins } = await structureWithDevices(lane.store, TABLETS + 1);
  const network = new FaultyNetwork(lane.endpoint, FAULTS);
  const tablets: TestTablet[] = [];
  for (let i = 0; i < TABLETS; i++) {
    const skew = Math.round((random() - 0.5) * 20 * MINUTE);
    tablets.push(await TestTablet.open(logins[i]!, network, () => clock.now + skew, prng(seed * 1000 + i)));
  }
  const recordIds = Array.from({ length: RECORDS }, () => seededUuid(random));
  const writes: Op[] = [];
  const restartAt = 4 + Math.floor(random() * (STEPS - 8));
  const downFor = 1 + Math.floor(random() * 3);
  let erased = false;

  for (let step = 0; step < STEPS; step++) {
    clock.now += Math.floor(random() * 3_000);
    if (step === restartAt) await lane.endpoint.stop();
    if (step === restartAt + downFor) await lane.endpoint.start();
    const index = Math.floor(random() * TABLETS);
    const tablet = tablets[index]!;
    const roll = random();
    if (roll < 0.1) tablet.link.online = !tablet.link.online;
    else if (roll < 0.6) writes.push(...(await randomEdit(tablet, random, pick(random, recordIds), `${index}.${step}`)));
    else if (roll < 0.615 && !erased) {
      erased = true;
      writes.push(...(await write(tablet, pick(random, recordIds), { deleted: true })));
    } else if (roll < 0.83) await tablet.sync();
    else if (roll < 0.87) await Promise.all(tablets.filter((t) => t.link.online).map((t) => t.sync()));
    else await network.deliverStragglers(random, 0.5);
  }

  await lane.endpoint.start();
  restarts += lane.endpoint.restarts - restartsBefore;
  for (const [kind, count] of Object.entries(network.stats)) faultsSeen[kind] = (faultsSeen[kind] ?? 0) + count;
  network.rates = NO_FAULTS;
  await network.deliverStragglers(random);
  for (const tablet of tablets) tablet.link.online = true;
  await syncUntilQuiet(tablets, seed);
  const observer = await TestTablet.open(logins[TABLETS]!, network, () => clock.now, random);
  await syncUntilQuiet([observer], seed);

  const server = await serverState(lane.store, logins[0]!.structure.id);
  for (const [i, tablet] of [...tablets, observer].entries()) {
    expect(await tablet.state(), `seed ${seed}: tablet ${i} holds exactly what the endpoint holds`).toEqual(server);
  }
  await expectWritesKept(server, writes, { lane, structureId: logins[0]!.structure.id, seed, expect });
  for (const tablet of [...tablets, observer]) tablet.db.close();
}

/** Every tablet syncs in turn until a whole round pushes nothing (then each has pulled the whole log). */
async function syncUntilQuiet(tablets: TestTablet[], seed: number): Promise<void> {
  for (let round = 0; round < 10; round++) {
    let pushed = 0;
    for (const tablet of tablets) {
      let result = await tablet.sync();
      // A kept-alive connection that the restart closed may still fail once; anything else is a bug.
      if (result instanceof SyncFailure && result.kind === 'network') result = await tablet.sync();
      if (result instanceof SyncFailure) throw new Error(`seed ${seed}: sync failed on a clean network: ${result.message}`);
      pushed += result.pushed;
    }
    if (pushed === 0) return;
  }
  throw new Error(`seed ${seed}: the tablets never went quiet`);
}

/**
 * Per field, the endpoint holds what merging every write gives: the latest stamp wins, the free-text
 * conflicts the rules keep are there; an erased record keeps nothing; every write reached the log.
 */
async function expectWritesKept(
  server: StateSnapshot,
  writes: Op[],
  { lane, structureId, seed, expect }: { lane: Lane; structureId: string; seed: number; expect: ExpectStatic },
): Promise<void> {
  const expected = new Map<string, FieldState>();
  for (const op of writes) {
    const key = `${op.recordId}/${op.field}`;
    const rule = { freeText: fieldSpec('beneficiaries', op.field)?.freeText };
    expected.set(key, mergeField(expected.get(key), { value: op.value, hlc: op.hlc, base: op.base ?? null }, op.field, rule));
  }
  const kept: string[] = [];
  for (const [key, state] of expected) {
    const [recordId, field] = key.split('/') as [string, string];
    const record = server[recordId];
    if (record?.deleted?.winner.value === true) {
      expect(Object.keys(record), `seed ${seed}: an erased record keeps no value`).toEqual(['deleted']);
      continue;
    }
    const conflicts = [...state.conflicts].sort((a, b) => (a.hlc < b.hlc ? -1 : 1));
    expect(record?.[field], `seed ${seed}: ${field} of ${recordId} is the latest write, with its conflicts`).toEqual({
      winner: state.winner,
      conflicts,
    });
    kept.push(...writes.filter((op) => op.recordId === recordId && op.field === field).map((op) => op.opId));
  }
  const known = await serverKnows(lane.store, structureId, kept);
  expect(
    kept.filter((id) => !known.has(id)),
    `seed ${seed}: every write reached the endpoint's log`,
  ).toEqual([]);
}

// Edits made through the bénéficiaire form's write path: forms stay open while their tablet pulls
// colleagues' edits, and are saved later. No value anyone wrote may be lost: a form writes only the fields
// the aidant changed since it opened, and a note replaced without being seen stays as another version.
const FORM_RUNS = Number(process.env.CONVERGENCE_FORM_RUNS ?? 40);

describe('tablets whose aidants edit files through forms left open while pulls land', () => {
  const seeds = Array.from({ length: FORM_RUNS }, (_, i) => FIRST_SEED + 10_000 + i);
  it.concurrent.for(seeds)(
    'converge with the endpoint and lose no acknowledged field value — seed %i',
    { timeout: 60_000 },
    async (seed, { expect }) => {
      await lanes.use((lane) => runFormScenario(seed, lane, expect));
    },
  );
});

/** One seeded run of form edits (opened, typed, saved late), direct edits and syncs through faults. */
async function runFormScenario(seed: number, lane: Lane, expect: ExpectStatic): Promise<void> {
  const random = prng(seed);
  const clock = { now: START };
  const { logins } = await structureWithDevices(lane.store, TABLETS);
  const network = new FaultyNetwork(lane.endpoint, FAULTS);
  const tablets: TestTablet[] = [];
  for (let i = 0; i < TABLETS; i++)
    tablets.push(await TestTablet.open(logins[i]!, network, () => clock.now + i * 1_000, prng(seed * 1000 + i)));
  const recordIds = Array.from({ length: RECORDS }, () => seededUuid(random));
  const writes: SeenWrite[] = [];
  for (const id of recordIds) writes.push(...(await writeNow(tablets[0]!.db, id, { firstName: 'Yvette', notes: 'Première note' })));
  const forms = new Map<TestTablet, OpenForm>();
  for (let step = 0; step < STEPS * 2; step++) {
    clock.now += Math.floor(random() * 3_000);
    const index = Math.floor(random() * TABLETS);
    const tablet = tablets[index]!;
    const form = forms.get(tablet);
    const field = random() < 0.5 ? 'notes' : pick(random, Object.keys(typedValues));
    const tag = `${index}${step}`;
    const roll = random();
    if (roll < 0.08) tablet.link.online = !tablet.link.online;
    else if (roll < 0.28 && !form) {
      const opened = await openForm(tablet.db, pick(random, recordIds));
      if (opened) forms.set(tablet, opened);
    } else if (roll < 0.45 && form) typeInto(form, typedValues[field]!(tag));
    else if (roll < 0.55 && form) {
      writes.push(...(await saveForm(tablet.db, form)));
      forms.delete(tablet);
    } else if (roll < 0.65) {
      // A field saved at once (a note, a status): the stored value the form would store.
      const value = toChanges({ ...emptyForm, ...typedValues[field]!(tag) })[field as keyof BeneficiaryChanges];
      writes.push(...(await writeNow(tablet.db, pick(random, recordIds), { [field]: value })));
    } else if (roll < 0.93) await tablet.sync();
    else await network.deliverStragglers(random, 0.5);
  }
  for (const [tablet, form] of forms) writes.push(...(await saveForm(tablet.db, form)));

  for (const [kind, count] of Object.entries(network.stats)) faultsSeen[kind] = (faultsSeen[kind] ?? 0) + count;
  network.rates = NO_FAULTS;
  await network.deliverStragglers(random);
  for (const tablet of tablets) tablet.link.online = true;
  await syncUntilQuiet(tablets, seed);
  const server = await serverState(lane.store, logins[0]!.structure.id);
  for (const [i, tablet] of tablets.entries()) {
    expect(await tablet.state(), `seed ${seed}: tablet ${i} holds exactly what the endpoint holds`).toEqual(server);
  }
  await expectWritesKept(
    server,
    writes.map((w) => w.op),
    { lane, structureId: logins[0]!.structure.id, seed, expect },
  );
  const lost = lostWrites(writes, (recordId, field) => server[recordId]?.[field]);
  expect(lost, `seed ${seed}: no acknowledged field value is lost`).toEqual([]);
  for (const tablet of tablets) tablet.db.close();
}
