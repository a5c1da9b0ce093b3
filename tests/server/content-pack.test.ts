// The shipped content pack: enough démarches, guides and partners, valid, versioned, and readable errors for bad files.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentPackError, contentPackToJson, loadContentPack } from '../../src/server/content-pack/load-pack';
import type { Demarche } from '../../src/shared/schema/content';

const contentDir = fileURLToPath(new URL('../../src/content', import.meta.url));
const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const badDir = fileURLToPath(new URL('../fixtures/content-bad', import.meta.url));
const badSourcesDir = fileURLToPath(new URL('../fixtures/content-bad-sources', import.meta.url));
const badPlainDir = fileURLToPath(new URL('../fixtures/content-bad-plain', import.meta.url));
const releasedIdsFile = fileURLToPath(new URL('../fixtures/content-released-ids.json', import.meta.url));
const TODAY = '2026-12-04';

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function copyOfContent(): string {
  const dir = mkdtempSync(join(tmpdir(), 'declic-content-'));
  temps.push(dir);
  cpSync(contentDir, dir, { recursive: true });
  return dir;
}

function problemsOf(dir: string): string[] {
  try {
    loadContentPack(dir, { today: TODAY });
  } catch (e) {
    expect(e).toBeInstanceOf(ContentPackError);
    return (e as ContentPackError).problems;
  }
  throw new Error('le pack aurait dû être refusé');
}

describe('the shipped content pack', () => {
  const pack = loadContentPack(contentDir);

  it('offers at least 30 démarches from at least 10 operators, so most visits find their procedure offline', () => {
    expect(pack.demarches.length).toBeGreaterThanOrEqual(30);
    expect(new Set(pack.demarches.map((d) => d.operator)).size).toBeGreaterThanOrEqual(10);
  });

  it('offers at least 20 guides to read aloud', () => {
    expect(pack.guides.length).toBeGreaterThanOrEqual(20);
  });

  it('sends every démarche to a partner of the directory, so the "pièces à apporter" sheet has an address', () => {
    const partnerIds = new Set(pack.partners.map((p) => p.id));
    for (const d of pack.demarches) expect(partnerIds, `${d.id} → ${d.partnerId}`).toContain(d.partnerId);
  });

  it('lists items sorted by id, so two servers build the same pack', () => {
    for (const list of [pack.demarches, pack.guides, pack.partners]) {
      const ids = list.map((x) => x.id);
      expect(ids).toEqual([...ids].sort());
    }
  });

  it('reads the guide front matter: title, summary, comma-separated tags', () => {
    const guide = pack.guides.find((g) => g.id === 'creer-adresse-email');
    expect(guide).toMatchObject({ title: 'Créer une adresse e-mail', tags: ['e-mail', 'messagerie', 'compte'] });
    expect(guide?.body.startsWith('## ')).toBe(true);
  });

  it('keeps guides free of raw HTML, with at most 5 small illustrations that exist', () => {
    const images = pack.guides.flatMap((g) => [...g.body.matchAll(/!\[([^\]]*)\]\(([^)]+)\)/g)]);
    expect(images.length).toBeLessThanOrEqual(5);
    for (const [, alt, src] of images) {
      expect(alt?.length ?? 0).toBeGreaterThan(20);
      const file = join(publicDir, src ?? '');
      expect(existsSync(file), src).toBe(true);
      expect(statSync(file).size).toBeLessThan(4096);
      expect(readFileSync(file, 'utf8')).toContain('<title');
    }
    for (const g of pack.guides) expect(g.body, g.id).not.toMatch(/<\/?[a-z][^>]*>/i);
  });
});

describe('the content version', () => {
  it('is the edition date of pack.json plus a hash, identical over two loads', () => {
    const first = loadContentPack(contentDir);
    const second = loadContentPack(contentDir);
    expect(first.version).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);
    expect(second.version).toBe(first.version);
    expect(contentPackToJson(second)).toBe(contentPackToJson(first));
    const { edition } = JSON.parse(readFileSync(join(contentDir, 'pack.json'), 'utf8')) as { edition: string };
    expect(first.version.startsWith(`${edition}-`)).toBe(true);
  });

  it('falls back on the latest check date, of an item or a source, when there is no pack.json', () => {
    const dir = copyOfContent();
    rmSync(join(dir, 'pack.json'));
    const pack = loadContentPack(dir);
    const dates = [...pack.demarches, ...pack.guides].flatMap((x) => [x.checkedOn, ...x.sources.map((s) => s.checkedOn)]);
    const latest = dates
      .filter((d) => d !== undefined)
      .sort()
      .at(-1);
    expect(pack.version.startsWith(`${latest ?? '0000-00-00'}-`)).toBe(true);
  });

  it('changes when a démarche changes, so tablets know they must update', () => {
    const before = loadContentPack(contentDir).version;
    const dir = copyOfContent();
    const file = join(dir, 'demarches', 'rsa.json');
    const rsa = JSON.parse(readFileSync(file, 'utf8')) as { summary: string };
    writeFileSync(file, JSON.stringify({ ...rsa, summary: `${rsa.summary} (modifié)` }));
    expect(loadContentPack(dir).version).not.toBe(before);
  });
});

describe('a bad content directory', () => {
  it('is refused with one readable line per bad file and field, all faults at once', () => {
    const problems = problemsOf(badDir);
    const where = (p: string) => problems.find((line) => line.includes(p));
    expect(where('content-bad/demarches/sans-titre.json: title — champ manquant')).toBeDefined();
    expect(where('content-bad/guides/front-matter-casse.md: titel — champ inconnu')).toBeDefined();
    expect(where('content-bad/guides/front-matter-casse.md: title — champ manquant')).toBeDefined();
    expect(where('content-bad/demarches/partenaire-inconnu.json: partnerId — partenaire inconnu « partenaire-fantome »')).toBeDefined();
    expect(problems).toHaveLength(4);
  });

  it('puts every problem in the error message', () => {
    expect(() => loadContentPack(badDir)).toThrowError(/sans-titre\.json: title[\s\S]*partenaire-inconnu\.json: partnerId/);
  });

  it('names the field and the file when a démarche id differs from its file name or a step id repeats', () => {
    const dir = copyOfContent();
    const file = join(dir, 'demarches', 'rsa.json');
    const rsa = JSON.parse(readFileSync(file, 'utf8')) as { steps: { id: string; label: string }[] };
    const [firstStep] = rsa.steps;
    writeFileSync(file, JSON.stringify({ ...rsa, id: 'rsa-bis', steps: [...rsa.steps, { ...firstStep }] }));
    const problems = problemsOf(dir);
    expect(problems.some((p) => p.endsWith('rsa.json: id — « rsa-bis » devrait être « rsa » (nom du fichier)'))).toBe(true);
    expect(problems.some((p) => p.includes('rsa.json: steps — identifiant en double'))).toBe(true);
  });

  it('names a guide whose Markdown would lose a link or an image on the tablet', () => {
    const dir = copyOfContent();
    const file = join(dir, 'guides', 'creer-adresse-email.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n[Cliquez](javascript:alert(1)) ![photo](https://pisteur.example/p.png)\n`);
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/creer-adresse-email\.md: body — Markdown : adresse refusée « javascript:alert\(1 »/),
      expect.stringMatching(/creer-adresse-email\.md: body — Markdown : adresse refusée « https:\/\/pisteur\.example\/p\.png »/),
    ]);
  });

  it('names a guide whose link leads to no guide or démarche of the pack', () => {
    const dir = copyOfContent();
    const file = join(dir, 'guides', 'creer-adresse-email.md');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('](/guides/mot-de-passe-solide)');
    writeFileSync(
      file,
      `${text.replace('](/guides/mot-de-passe-solide)', '](/guides/mot-de-passe-fort)')}\n[La complémentaire santé](/demarches/cmu).\n`,
    );
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/creer-adresse-email\.md: body — lien vers un guide inconnu « mot-de-passe-fort »$/),
      expect.stringMatching(/creer-adresse-email\.md: body — lien vers une démarche inconnue « cmu »$/),
    ]);
  });
});

describe('where the facts come from', () => {
  const problems = problemsOf(badSourcesDir);
  const reasonFor = (file: string, field: string) =>
    problems.filter((line) => line.includes(`content-bad-sources/${file}: ${field} — `)).map((line) => line.split(' — ')[1]);

  it.each([
    ['demarches/sans-source.json', 'sources', 'aucune source : citer au moins une page officielle qui appuie cette démarche'],
    [
      'demarches/page-accueil.json',
      'officialUrl',
      '« https://www.ameli.fr/ » est une page d’accueil : citer la page précise qui donne l’information',
    ],
    [
      'demarches/page-accueil.json',
      'sources[0].url',
      '« https://www.caf.fr » est une page d’accueil : citer la page précise qui donne l’information',
    ],
    [
      'demarches/entree-portail.json',
      'sources[0].url',
      '« https://www.caf.fr/allocataires/ » est l’entrée d’un portail : citer la page précise qui donne l’information',
    ],
    [
      'demarches/site-prive.json',
      'sources[0].url',
      '« https://www.mes-allocs.fr/guides/rsa/france-travail-rsa/ » n’est pas le site d’un organisme public : citer la page officielle elle-même',
    ],
    [
      'demarches/date-future.json',
      'sources[0].checkedOn',
      '2099-01-01 est dans le futur : une vérification se date du jour où elle a été faite',
    ],
    ['demarches/date-future.json', 'checkedOn', '2099-01-01 est dans le futur : une vérification se date du jour où elle a été faite'],
    [
      'guides/source-datee-future.md',
      'sources[0].checkedOn',
      '2099-01-01 est dans le futur : une vérification se date du jour où elle a été faite',
    ],
    ['pack.json', 'edition', '2099-01-01 est dans le futur'],
  ])('refuses %s (%s): « %s »', (file, field, reason) => {
    expect(reasonFor(file, field)).toEqual([reason]);
  });

  it('refuses a démarche dated as checked when one of its sources was not, or was checked before that day', () => {
    expect(reasonFor('demarches/date-sans-verification.json', 'checkedOn')).toEqual([
      '2026-01-10 est plus récent que la vérification de la source n° 1 (2025-03-01)',
      'la source n° 2 n’a jamais été vérifiée : retirer la date ou vérifier cette source',
    ]);
  });

  it('names the line of a guide source it cannot read', () => {
    expect(reasonFor('guides/source-illisible.md', 'source (ligne 5)')).toEqual([
      'illisible : attendu « adresse | titre | faits séparés par ; | date de vérification | note » (date et note facultatives)',
    ]);
  });

  it('has no other complaint about these files', () => {
    expect(problems).toHaveLength(12);
  });

  it('accepts a démarche whose sources were never checked: it is « à vérifier », with no date', () => {
    const dir = copyOfContent();
    const file = join(dir, 'demarches', 'rsa.json');
    const { checkedOn: _dropped, ...rsa } = JSON.parse(readFileSync(file, 'utf8')) as Demarche;
    writeFileSync(file, JSON.stringify({ ...rsa, sources: rsa.sources.map(({ checkedOn: _unchecked, ...source }) => source) }));
    const loaded = loadContentPack(dir).demarches.find((d) => d.id === 'rsa');
    expect(loaded?.checkedOn).toBeUndefined();
    expect(loaded?.sources.every((s) => s.checkedOn === undefined)).toBe(true);
  });

  it('reads a guide source line: address, title, facts separated by « ; », check date', () => {
    const dir = copyOfContent();
    const file = join(dir, 'guides', 'creer-adresse-email.md');
    const text = readFileSync(file, 'utf8').replace(
      'title: ',
      'source: https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe | Mots de passe | 12 caractères; un mot de passe par compte | 2025-06-02\ntitle: ',
    );
    writeFileSync(file, text);
    const guide = loadContentPack(dir).guides.find((g) => g.id === 'creer-adresse-email');
    expect(guide?.sources).toContainEqual({
      url: 'https://www.cybermalveillance.gouv.fr/tous-nos-contenus/bonnes-pratiques/mots-de-passe',
      title: 'Mots de passe',
      backs: ['12 caractères', 'un mot de passe par compte'],
      checkedOn: '2025-06-02',
    });
  });
});

describe('plain French', () => {
  const problems = problemsOf(badPlainDir);

  it('refuses a sentence of 20 words or more, naming the file, the field and the start of the sentence', () => {
    expect(problems).toContain(
      'tests/fixtures/content-bad-plain/demarches/phrase-longue.json: summary — phrase de 30 mots (19 au plus) : « Cette démarche de test a un résumé dont… »',
    );
    expect(problems).toContain(
      'tests/fixtures/content-bad-plain/guides/ligne-longue.md: body (ligne 3) — phrase de 22 mots (19 au plus) : « Ouvrir le site de la démarche puis chercher… »',
    );
  });

  it('refuses an acronym the lexicon does not know, and one never spelled out on its page', () => {
    expect(problems).toContain(
      'tests/fixtures/content-bad-plain/demarches/sigle-inconnu.json: steps[0].label — sigle « MDPH » inconnu : l’ajouter à sigles.json avec sa forme développée',
    );
    expect(problems).toContain(
      'tests/fixtures/content-bad-plain/demarches/sigle-non-developpe.json: title — sigle « RSA » jamais écrit en entier sur la page (par exemple « revenu de solidarité active »)',
    );
  });

  it('accepts an acronym spelled out anywhere on its page, whatever the apostrophe or capitals, and the ones everyone knows', () => {
    expect(problems.filter((p) => p.includes('sigle-developpe.json') || p.includes('« SMS »'))).toEqual([]);
    expect(problems).toHaveLength(4);
  });
});

describe('the shipped catalogue', () => {
  const pack = loadContentPack(contentDir);

  it('offers at least 55 démarches, among them those aidants meet most', () => {
    expect(pack.demarches.length).toBeGreaterThanOrEqual(55);
    const ids = new Set(pack.demarches.map((d) => d.id));
    for (const id of [
      'titre-sejour-anef',
      'cheque-energie',
      'appli-carte-vitale',
      'mon-espace-sante',
      'rqth',
      'carte-mobilite-inclusion',
      'pension-reversion',
      'aspa',
      'declaration-naissance',
      'paje-naissance',
      'changement-adresse',
      'franceconnect-plus-france-identite',
      'maprimerenov',
      'apa-domicile',
      'mandat-aidants-connect',
      'pass-numerique',
    ])
      expect(ids, id).toContain(id);
  });

  it('cites at least one official page for every démarche, and checks no source in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const d of pack.demarches) {
      expect(d.sources.length, d.id).toBeGreaterThan(0);
      for (const s of d.sources) expect(s.checkedOn ?? today, `${d.id} ${s.url}`).not.toBe('2026-11-27');
    }
  });

  it('keeps every step and document id of the released démarches: tablets hold checklists keyed by them', () => {
    const released = JSON.parse(readFileSync(releasedIdsFile, 'utf8')) as Record<string, { steps: string[]; documents: string[] }>;
    for (const [id, ids] of Object.entries(released)) {
      const demarche = pack.demarches.find((d) => d.id === id);
      expect(demarche, id).toBeDefined();
      expect(
        demarche?.steps.map((s) => s.id),
        id,
      ).toEqual(expect.arrayContaining(ids.steps));
      expect(
        demarche?.documents.map((d) => d.id),
        id,
      ).toEqual(expect.arrayContaining(ids.documents));
    }
  });
});
