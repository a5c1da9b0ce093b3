// What the tablet benchmark runs inside the page: the 5,000 fictitious people, the seeding through the
// app's repositories, and the measures (unlock, PIN, typing, opening a file), timed with performance.now()
// up to the DOM change that shows the result. The page code is a string: the page must get exactly this
// code, whatever the TypeScript loader adds.

/** One fictitious bénéficiaire (the fields of the `beneficiaries` collection). */
export type BenchPerson = Record<string, string | number | null>;

/** The measures the page offers (window.__bench). */
export interface PageTools {
  seed(people: BenchPerson[], passphrase: string): Promise<{ ms: number; iterations: number }>;
  unlockThenList(people: number): Promise<{ keyMs: number; listMs: number }>;
  pinThenList(people: number): Promise<number>;
  pbkdf2Alone(iterations: number): Promise<number>;
  compareLists(passphrase: string): Promise<{ allFilesMs: number; indexMs: number }>;
  typeQueries(queries: string[]): Promise<number[]>;
  speedProbe(): Promise<number>;
  openFiles(count: number, people: number): Promise<{ open: number[]; back: number[] }>;
}

const firstNames = [
  'Marie',
  'Jean',
  'Fatima',
  'Pierre',
  'Nathalie',
  'Karim',
  'Josiane',
  'Michel',
  'Éloïse',
  'Bernard',
  'Sylvie',
  'Mohamed',
  'Christiane',
  'Louis',
  'Aïcha',
  'André',
  'Monique',
  'Yannick',
  'Hélène',
  'Rachid',
];
const lastNames = [
  'Martin',
  'Dupont',
  'Lefèvre',
  'Garcia',
  'Moreau',
  'Bernard',
  'Durand',
  'Benali',
  'Roux',
  'Fournier',
  'Da Silva',
  'Girard',
  'Lambert',
  'Bonnet',
  'Mercier',
  'Faure',
  'Rousseau',
  'Nguyen',
  'Blanc',
  'Guerin',
];
const communes = [
  'Agen',
  'Nérac',
  'Marmande',
  'Villeneuve-sur-Lot',
  'Sainte-Livrade-sur-Lot',
  'Tonneins',
  'Casteljaloux',
  'Fumel',
  'Bon-Encontre',
  'Le Passage',
  'Boé',
  'Aiguillon',
  'Miramont-de-Guyenne',
  'Astaffort',
  'Layrac',
  'Port-Sainte-Marie',
  'Lavardac',
  'Mézin',
  'Houeillès',
  'Damazan',
];
const notes = [
  'Vient pour la déclaration de revenus chaque année, a besoin d’aide pour se connecter.',
  'Renouvellement de la CSS en cours ; attend un courrier de la CPAM.',
  'Pas d’ordinateur à la maison, un smartphone ancien. Souhaite apprendre à utiliser son espace Ameli.',
  null,
  'RDV France Travail le mois prochain, préparer le CV ensemble.',
];

/** `count` fictitious people, always the same (a seeded generator). */
export function benchPeople(count: number): BenchPerson[] {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + Math.floor(next() * 800) * 86_400_000).toISOString().slice(0, 10);
    return {
      firstName: pick(firstNames),
      lastName: `${pick(lastNames)}${i % 3 === 0 ? '' : `-${i}`}`,
      birthYear: 1930 + Math.floor(next() * 80),
      commune: pick(communes),
      phone: `06 ${String(10_000_000 + Math.floor(next() * 89_999_999)).replace(/(\d\d)(?=\d)/g, '$1 ')}`,
      email: null,
      notes: pick(notes),
      lastContactOn: day,
      noticeGivenOn: day,
      status: next() < 0.9 ? 'actif' : 'clos',
    };
  });
}

/** Defines window.__bench (see PageTools); needs window.declicBench (the bundled repositories) for `seed`. */
export const PAGE_TOOLS = `(() => {
  if (window.__bench) return;
  const observe = (check, timeout = 300000) => new Promise((resolve, reject) => {
    if (check()) return resolve(performance.now());
    const observer = new MutationObserver(() => {
      if (!check()) return;
      observer.disconnect();
      clearTimeout(timer);
      resolve(performance.now());
    });
    observer.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    const timer = setTimeout(() => { observer.disconnect(); reject(new Error('Timed out: ' + check.toString())); }, timeout);
  });
  const button = (name) => [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name);
  const heading = (name) => [...document.querySelectorAll('h1')].some((h) => h.textContent.trim() === name);
  const listShown = (people) => () =>
    (document.querySelector('.search-results__count')?.textContent ?? '').includes(new Intl.NumberFormat('fr-FR').format(people) + ' dossiers') && document.querySelector('a.person-card') !== null;
  // The task after the current one, through one channel made once: a channel made at each letter was the bench's own
  // work inside the very frame it measures (about 1 ms a letter at 4×, BENCHMARKS.md).
  const nextTask = new MessageChannel();
  const waitingForTask = [];
  nextTask.port1.onmessage = () => waitingForTask.shift()?.();
  const macrotask = () => new Promise((done) => { waitingForTask.push(done); nextTask.port2.postMessage(0); });
  window.__bench = {
    async seed(people, passphrase) {
      const api = window.declicBench;
      const db = new api.DeclicDatabase();
      await db.open();
      const vault = await api.Vault.load(db.keyring, api.wrappedKeyStore(db));
      await vault.unlockWithPassphrase(passphrase);
      const iterations = (await db.meta.get('dataKey')).value.iterations;
      const start = performance.now();
      let ms = Date.now() - 86400000;
      for (let first = 0; first < people.length; first += 250) {
        const ops = [];
        for (const person of people.slice(first, first + 250)) {
          const recordId = api.uuidv7();
          for (const [field, value] of Object.entries(person)) {
            ms += 1;
            ops.push({ opId: api.uuidv7(), collection: 'beneficiaries', recordId, field, value, hlc: String(ms) + '-0000-banc-d-essai', base: null });
          }
        }
        await api.applyPulledOps(db, ops);
      }
      const elapsed = performance.now() - start;
      db.close();
      return { ms: elapsed, iterations };
    },
    async unlockThenList(people) {
      const key = observe(() => heading('Un code pour rouvrir vite'));
      const t0 = performance.now();
      button('Déverrouiller').click();
      const t1 = await key;
      const shown = observe(listShown(people));
      const t2 = performance.now();
      button('Continuer sans code').click();
      return { keyMs: t1 - t0, listMs: (await shown) - t2 };
    },
    async pinThenList(people) {
      const shown = observe(listShown(people));
      const t0 = performance.now();
      button('Déverrouiller').click();
      return (await shown) - t0;
    },
    async compareLists(passphrase) {
      // Each design on its own database handle, unlocked with the passphrase (nothing opened in memory before).
      const api = window.declicBench;
      const opened = async () => {
        const db = new api.DeclicDatabase();
        await db.open();
        const vault = await api.Vault.load(db.keyring, api.wrappedKeyStore(db));
        await vault.unlockWithPassphrase(passphrase);
        return db;
      };
      const timed = async (read) => {
        const db = await opened();
        const t0 = performance.now();
        await read(db);
        const ms = performance.now() - t0;
        db.close();
        return ms;
      };
      const allFilesMs = await timed(api.listBeneficiaries);
      const indexMs = await timed(api.listPeople);
      return { allFilesMs, indexMs };
    },
    async speedProbe() {
      // The same fixed work every run, unthrottled (names folded, sorted, written and read as JSON): how fast this
      // machine is, to compare one machine's figures with another's.
      const names = Array.from({ length: 20000 }, (_, i) => 'Éloïse Nom-' + ((i * 7919) % 20000) + ' ' + ((i * 104729) % 997));
      const runs = [];
      for (let run = 0; run < 5; run++) {
        const t0 = performance.now();
        const folded = names.map((name) => name.normalize('NFD').replace(/[^a-z0-9 -]/gi, '').toLowerCase());
        folded.sort();
        JSON.parse(JSON.stringify(folded));
        runs.push(performance.now() - t0);
      }
      return runs.sort((a, b) => a - b)[2];
    },
    async pbkdf2Alone(iterations) {
      const material = await crypto.subtle.importKey('raw', new TextEncoder().encode('une phrase pour mesurer'), 'PBKDF2', false, ['deriveBits']);
      const t0 = performance.now();
      await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: crypto.getRandomValues(new Uint8Array(16)), iterations }, material, 256);
      return performance.now() - t0;
    },
    async typeQueries(queries) {
      const input = document.getElementById('person-search');
      const set = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      // One letter as a person types it: the input, then the frame that shows the result (its style,
      // layout and paint done: the task after the next animation frame), then a pause before the next
      // letter (people type a few letters a second), so that no letter pays for the frame of another.
      const pause = (ms) => new Promise((done) => setTimeout(done, ms));
      const type = async (text) => {
        const t0 = performance.now();
        set.call(input, text);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        await new Promise((done) => requestAnimationFrame(() => done()));
        await macrotask();
        const latency = performance.now() - t0;
        await pause(120);
        return latency;
      };
      const latencies = [];
      for (const query of queries) {
        for (let end = 1; end <= query.length; end++) latencies.push(await type(query.slice(0, end)));
        await type('');
      }
      return latencies;
    },
    async openFiles(count, people) {
      const open = [];
      const back = [];
      for (let i = 0; i < count; i++) {
        const cards = document.querySelectorAll('a.person-card');
        const card = cards[(i * 7) % cards.length];
        const name = card.querySelector('.card__title').firstChild.textContent.trim();
        const opened = observe(() => heading(name) && !document.querySelector('main [aria-busy="true"]'));
        const t0 = performance.now();
        card.click();
        open.push((await opened) - t0);
        const listed = observe(listShown(people));
        const t1 = performance.now();
        history.back();
        back.push((await listed) - t1);
      }
      return { open, back };
    },
  };
})();`;
