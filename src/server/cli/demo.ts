// `npm run demo`: a demo structure with an aidant, a coordinateur and a few fictional bénéficiaires (idempotent).
import { createAidant, createStructure } from '../accounts/accounts';
import { readConfig } from '../config';
import { openStore } from '../store/open-store';
import type { Store, StructureRow } from '../store/store';
import { writeOps } from '../sync/sync-service';
import { HybridClock } from '../../shared/hlc';
import type { Role } from '../../shared/schema/auth';
import type { Op } from '../../shared/schema/sync';

const STRUCTURE_NAME = 'Mairie de Casteljaloux (démo)';

/** The demo accounts; their passwords are public on purpose (a demo, never real data). */
const DEMO_ACCOUNTS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'aidant@demo.declic.fr', name: 'Camille Martin (démo)', role: 'aidant', password: 'demo-aidant-declic' },
  { email: 'coordination@demo.declic.fr', name: 'Dominique Leroy (démo)', role: 'coordinateur', password: 'demo-coordination-declic' },
];

/** Fictional bénéficiaires, with fixed ids so that a second run adds nothing. */
const SAMPLE_BENEFICIARIES: Record<string, unknown>[] = [
  {
    firstName: 'Josiane',
    lastName: 'Fictive',
    birthYear: 1949,
    commune: 'Casteljaloux',
    phone: '05 00 00 00 01',
    notes: 'Demande de retraite de réversion à faire sur info-retraite.fr.',
  },
  {
    firstName: 'Karim',
    lastName: 'Exemple',
    birthYear: 1987,
    commune: 'Marmande',
    email: 'karim.exemple@example.org',
    notes: 'Actualisation France Travail chaque mois.',
  },
  { firstName: 'Lucie', birthYear: 2001, commune: 'Bouglon', notes: 'Première demande de carte Vitale, pas d’adresse e-mail.' },
];
const sampleRecordId = (i: number) => `01900000-0000-7000-8000-${String(i + 1).padStart(12, '0')}`;

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

async function sampleBeneficiaries(store: Store, structureId: string, aidantId: string): Promise<number> {
  const clock = new HybridClock('demo-declic');
  const ops: Op[] = SAMPLE_BENEFICIARIES.flatMap((fields, i) =>
    Object.entries(fields).map(([field, value]) => ({
      opId: `demo-${i + 1}-${field}`,
      collection: 'beneficiaries',
      recordId: sampleRecordId(i),
      field,
      value,
      hlc: clock.now(),
    })),
  );
  return writeOps(store, { structureId, aidantId, deviceId: 'npm-run-demo' }, clock.clientId, ops);
}

async function main(): Promise<void> {
  const config = readConfig();
  const store = await openStore(config);
  try {
    const structure = await demoStructure(store);
    const [, coordinateurId] = await demoAidants(store, structure.id);
    await sampleBeneficiaries(store, structure.id, coordinateurId!);
    const host = ['0.0.0.0', '127.0.0.1', '::'].includes(config.host) ? 'localhost' : config.host;
    const url = `http://${host}:${config.port}`;
    if (process.argv.includes('--json')) {
      const accounts = DEMO_ACCOUNTS.map(({ email, role, password }) => ({ email, role, password }));
      console.log(JSON.stringify({ structure, accounts, url }));
      return;
    }
    console.log(`Démo prête : ${structure.name} (${SAMPLE_BENEFICIARIES.length} bénéficiaires fictifs).\n`);
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
