// The shipped content pack: enough démarches, guides and partners, valid, versioned, and readable errors for bad files.
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentPackError, contentPackToJson, loadContentPack } from '../../src/server/content-pack/load-pack';

const contentDir = fileURLToPath(new URL('../../src/content', import.meta.url));
const publicDir = fileURLToPath(new URL('../../public', import.meta.url));
const badDir = fileURLToPath(new URL('../fixtures/content-bad', import.meta.url));

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
    loadContentPack(dir);
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

  it('reads the guide front matter: title, summary, comma-separated tags, date', () => {
    const guide = pack.guides.find((g) => g.id === 'creer-adresse-email');
    expect(guide).toMatchObject({ title: 'Créer une adresse e-mail', tags: ['e-mail', 'messagerie', 'compte'], checkedOn: '2026-11-27' });
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
  it('is the latest check date plus a hash, identical over two loads', () => {
    const first = loadContentPack(contentDir);
    const second = loadContentPack(contentDir);
    expect(first.version).toMatch(/^\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);
    expect(second.version).toBe(first.version);
    expect(contentPackToJson(second)).toBe(contentPackToJson(first));
    const latest = [...first.demarches, ...first.guides]
      .map((x) => x.checkedOn)
      .sort()
      .at(-1);
    expect(first.version.startsWith(`${latest}-`)).toBe(true);
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
    writeFileSync(file, `${text.replace('](/guides/mot-de-passe-solide)', '](/guides/mot-de-passe-fort)')}\n[La C2S](/demarches/cmu).\n`);
    expect(problemsOf(dir)).toEqual([
      expect.stringMatching(/creer-adresse-email\.md: body — lien vers un guide inconnu « mot-de-passe-fort »$/),
      expect.stringMatching(/creer-adresse-email\.md: body — lien vers une démarche inconnue « cmu »$/),
    ]);
  });
});
