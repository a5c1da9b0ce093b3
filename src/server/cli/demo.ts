// `npm run demo`: a demo structure with an aidant, a coordinateur and about thirty fictitious bénéficiaires of
// Lot-et-Garonne with their diagnostics, mandates and suivis (idempotent: a second run adds nothing).
import { createAidant, createStructure } from '../accounts/accounts';
import { readConfig } from '../config';
import { loadContentPack } from '../content-pack/load-pack';
import { openStore } from '../store/open-store';
import type { Store, StructureRow } from '../store/store';
import { writeOps } from '../sync/sync-service';
import { HybridClock } from '../../shared/hlc';
import type { Role } from '../../shared/schema/auth';
import { demoOps, type DemoOps } from './demo-ops';

const STRUCTURE_NAME = 'Mairie de Casteljaloux (démo)';

/** The demo accounts; their passwords are public on purpose (a demo, never real data), and follow the policy all the same. */
const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'aidant@demo.declic.fr', name: 'Camille Martin (démo)', role: 'aidant', password: 'Tablette-Casteljaloux-47' },
  { email: 'coordination@demo.declic.fr', name: 'Dominique Leroy (démo)', role: 'coordinateur', password: 'Bureau-Casteljaloux-47' },
];

async function demoStructure(store: Store): Promise<StructureRow> {
  const existing = (await store.listStructures()).find((s) => s.name === STRUCTURE_NAME);
  return existing ?? createStructure(store, STRUCTURE_NAME);
}

async function demoAidants(store: Store, structureId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const account of DEMO_ACCOUNTS) {
    const existing = await store.findAidantByEmail(account.email);
    ids.push(existing ? existing.id : (await createAidant(store, { structureId, ...account })).id);
  }
  return ids;
}

/** Writes the demo people, their diagnostics, mandates, sessions and suivis; returns the counts and how many ops were new. */
async function samplePeople(store: Store, structureId: string, aidantId: string): Promise<Omit<DemoOps, 'ops'> & { added: number }> {
  const clock = new HybridClock('demo-declic');
  const catalogue = loadContentPack(readConfig().contentDir).demarches;
  const operatorOf = new Map<string, string>(catalogue.map((d) => [d.id, d.operator]));
  const checklistOf = new Map(catalogue.map((d) => [d.id, { steps: d.steps.map((s) => s.id), documents: d.documents.map((s) => s.id) }]));
  const { ops, ...counts } = demoOps(clock, Date.now(), DEMO_ACCOUNTS[0]!.name, operatorOf, checklistOf);
  const added = await writeOps(store, { structureId, aidantId, deviceId: 'npm-run-demo' }, clock.clientId, ops);
  return { ...counts, added };
}

async function main(): Promise<void> {
  const config = readConfig();
  const store = await openStore(config);
  try {
    const structure = await demoStructure(store);
    const [, coordinateurId] = await demoAidants(store, structure.id);
    const demo = await samplePeople(store, structure.id, coordinateurId!);
    const host = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host;
    const url = `http://${host}:${config.port}`;
    if (process.argv.includes('--json')) {
      const accounts = DEMO_ACCOUNTS.map(({ email, role, password }) => ({ email, role, password }));
      console.log(JSON.stringify({ structure, accounts, url, demo }));
      return;
    }
    console.log(
      `Démo prête : ${structure.name} (${demo.people} bénéficiaires fictifs, ${demo.diagnostics} diagnostics, ${demo.mandates} mandats, ${demo.accompagnements} accompagnements, ${demo.orientations} orientations, ${demo.cheques} pass numériques, ${demo.suivis} suivis de démarche).\n`,
    );
    console.log(`Lancez « npm start », ouvrez ${url} et connectez-vous avec :`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.role.padEnd(13)} ${a.email.padEnd(30)} mot de passe : ${a.password}`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(`La démo n’a pas pu être créée : ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
