// The demo's thirty fictitious files of Lot-et-Garonne: valid ops, written once however often the demo
// runs, alive enough that the daily retention purge keeps every one of them, with suivis in every state.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolve } from 'node:path';
import { createStructure } from '../../src/server/accounts/accounts';
import { demoOps } from '../../src/server/cli/demo-ops';
import { loadContentPack } from '../../src/server/content-pack/load-pack';
import { purgeInactiveFiles } from '../../src/server/retention/purge';
import type { Store } from '../../src/server/store/store';
import { writeOps } from '../../src/server/sync/sync-service';
import { validateOps } from '../../src/server/sync/validate-ops';
import { autonomyLevel } from '../../src/shared/diagnostic/autonomy';
import { HybridClock } from '../../src/shared/hlc';
import type { DiagnosticAnswers } from '../../src/shared/schema/diagnostic';
import { checklistItemId, suiviRecordId, suiviStatuses } from '../../src/shared/schema/suivi';
import { freshStore } from '../fixtures/test-server';

// Each command is a Node process, and accounts made by the CLI hash at the production cost: on a busy
// machine a test of several commands takes longer than the server suite's 30 s.
vi.setConfig({ testTimeout: 120_000 });

const LOT_ET_GARONNE = [
  'Agen',
  'Villeneuve-sur-Lot',
  'Marmande',
  'Nérac',
  'Casteljaloux',
  'Tonneins',
  'Fumel',
  'Sainte-Livrade-sur-Lot',
  'Le Passage',
  'Boé',
  'Bon-Encontre',
  'Miramont-de-Guyenne',
  'Aiguillon',
  'Duras',
  'Lauzun',
  'Bouglon',
];

describe('the demo data', () => {
  const now = Date.now();
  const clock = new HybridClock('demo-declic');
  const demo = demoOps(clock, now, 'Camille Martin (démo)');
  const records = (collection: string) => {
    const byId = new Map<string, Record<string, unknown>>();
    for (const op of demo.ops.filter((o) => o.collection === collection))
      byId.set(op.recordId, { ...byId.get(op.recordId), [op.field]: op.value });
    return [...byId.values()];
  };

  it('is about thirty people of many communes of the département, with diagnostics and mandates', () => {
    expect(() => validateOps(demo.ops, 'demo-declic', now)).not.toThrow();
    const people = records('beneficiaries');
    expect(people).toHaveLength(30);
    const communes = new Set(people.map((p) => p.commune));
    expect([...communes].every((c) => LOT_ET_GARONNE.includes(c as string))).toBe(true);
    expect(communes.size).toBeGreaterThanOrEqual(15);
    expect(records('diagnostics').length).toBe(demo.diagnostics);
    expect(demo.diagnostics).toBeGreaterThanOrEqual(30);
    expect(demo.mandates).toBeGreaterThanOrEqual(4);
    // Mandates in Aidants Connect's families, signed with the current template.
    for (const m of records('mandates'))
      expect(m).toMatchObject({ families: expect.arrayContaining([expect.any(String)]), templateVersion: 2 });
    expect(demo.ops.filter((op) => /nir|secu|social/i.test(op.field))).toEqual([]);
  });

  it('gives each diagnostic the level of the documented rule', () => {
    for (const d of records('diagnostics')) expect(d.autonomyLevel).toBe(autonomyLevel(d as unknown as DiagnosticAnswers));
    expect(new Set(records('diagnostics').map((d) => d.autonomyLevel))).toEqual(new Set(['pas-a-pas', 'aide-ponctuelle', 'autonome']));
  });

  it('has a mandate that expires within 30 days, so that the warning shows', () => {
    const soon = records('mandates').filter((m) => {
      const start = Date.parse(`${m.startOn as string}T00:00:00Z`);
      return m.durationDays === 365 && now - start > 335 * 86_400_000;
    });
    expect(soon.length).toBeGreaterThanOrEqual(1);
  });
});

describe('the demo suivis', () => {
  const pack = loadContentPack(resolve('src/content'));
  const checklistOf = new Map(
    pack.demarches.map((d) => [d.id, { steps: d.steps.map((s) => s.id), documents: d.documents.map((s) => s.id) }]),
  );
  const now = Date.now();
  const demo = demoOps(new HybridClock('demo-declic'), now, 'Camille Martin (démo)', new Map(), checklistOf);
  const recordsOf = (collection: string) => {
    const byId = new Map<string, Record<string, unknown>>();
    for (const op of demo.ops.filter((o) => o.collection === collection))
      byId.set(op.recordId, { ...byId.get(op.recordId), id: op.recordId, [op.field]: op.value });
    return [...byId.values()];
  };

  it('follows a démarche of the catalogue in each state, with pièces and steps ticked, as the app would write them', () => {
    expect(() => validateOps(demo.ops, 'demo-declic', now)).not.toThrow();
    const suivis = recordsOf('demarcheSuivis');
    expect(suivis).toHaveLength(demo.suivis);
    expect(new Set(suivis.map((s) => s.status))).toEqual(new Set(suiviStatuses));
    for (const suivi of suivis) {
      // The id the app gives the first round of this démarche for this person: the aidant's tablet finds it.
      expect(suivi.id).toBe(suiviRecordId(suivi.beneficiaryId as string, suivi.demarcheId as string, 0));
      expect(checklistOf.has(suivi.demarcheId as string)).toBe(true);
    }
    const items = recordsOf('checklistItems');
    expect(items.length).toBeGreaterThan(5);
    for (const item of items) {
      const checklist = checklistOf.get(suivis.find((s) => s.id === item.suiviId)!.demarcheId as string)!;
      expect(item.kind === 'step' ? checklist.steps : checklist.documents).toContain(item.itemId);
      expect(item.id).toBe(checklistItemId(item.suiviId as string, item.kind as 'step' | 'document', item.itemId as string));
    }
    // The finished one has every row ticked.
    const done = suivis.find((s) => s.status === 'termine')!;
    const doneChecklist = checklistOf.get(done.demarcheId as string)!;
    expect(items.filter((i) => i.suiviId === done.id)).toHaveLength(doneChecklist.steps.length + doneChecklist.documents.length);
  });
});

function demoSuite(kind: 'sqlite' | 'postgres') {
  let owned: { store: Store; dispose(): Promise<void> };
  beforeAll(async () => {
    owned = await freshStore(kind);
  });
  afterAll(async () => owned?.dispose());

  it('is written once, and survives the retention purge', async () => {
    const structureId = (await createStructure(owned.store, 'Mairie de Casteljaloux (démo)')).id;
    const caller = { structureId, aidantId: 'demo', deviceId: 'npm-run-demo' };
    const first = demoOps(new HybridClock('demo-declic'), Date.now(), 'Camille Martin (démo)');
    expect(await writeOps(owned.store, caller, 'demo-declic', first.ops)).toBe(first.ops.length);
    const second = demoOps(new HybridClock('demo-declic'), Date.now() + 60_000, 'Camille Martin (démo)');
    expect(await writeOps(owned.store, caller, 'demo-declic', second.ops)).toBe(0);
    const report = await purgeInactiveFiles(owned.store, { retentionMonths: 24 });
    expect(report).toMatchObject({ files: 0, linkedErased: 0, linkedDetached: 0 });
  });
}

describe.each(['sqlite', 'postgres'] as const)('the demo in the store (%s)', demoSuite);
