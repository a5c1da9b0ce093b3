// Search quality over the real catalogue and guides of src/content (the pack the tablets get).
import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildPackIndex } from '../../src/app/catalogue/search-documents';
import { loadContentPack } from '../../src/server/content-pack/load-pack';
import { search } from '../../src/app/search/search-index';

const count = (dir: string) => (existsSync(dir) ? readdirSync(dir).length : 0);
// The catalogue is written alongside this code: these run once it has its démarches and guides.
const hasContent = count('src/content/demarches') >= 10 && count('src/content/guides') >= 5;

describe.runIf(hasContent)('search over the real content pack', () => {
  const pack = hasContent ? loadContentPack('src/content') : undefined;
  const index = pack ? buildPackIndex(pack) : undefined;
  const first = (query: string, kind?: string) => search(index!, query, kind ? { kind } : {})[0];

  it.each([
    ['prime activite', 'demarche', 'prime-activite'],
    ['carte vitalle', 'demarche', 'carte-vitale'],
    ['franceconect', 'guide', 'utiliser-franceconnect'],
    ['declaration revenus', 'demarche', 'declaration-revenus'],
    ['retraitte', 'demarche', 'demande-retraite'],
    ['passeport', 'demarche', 'passeport'],
    ['adresse mail', 'guide', 'creer-adresse-email'],
    ['hameconnage', 'guide', 'reperer-hameconnage'],
    ['code sms', 'guide', 'recevoir-code-sms'],
    ['Complémentaire santé', 'demarche', 'complementaire-sante-solidaire'],
    // Its other names: the former CMU-C, the abbreviation CSS, and what people call it.
    ['CMU', 'demarche', 'complementaire-sante-solidaire'],
    ['CSS', 'demarche', 'complementaire-sante-solidaire'],
    ['inscription france travail', 'demarche', 'inscription-france-travail'],
  ])('"%s" → the %s %s first', (query, kind, id) => {
    expect(first(query)).toMatchObject({ kind, id });
  });

  it('finds the C2S among the first answers to « mutuelle »', () => {
    expect(search(index!, 'mutuelle', { limit: 2 }).map((hit) => hit.id)).toContain('complementaire-sante-solidaire');
  });

  it('finds each démarche by its own title, even typed without accents', () => {
    for (const demarche of pack!.demarches) {
      const query = demarche.title
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase();
      const top = search(index!, query, { kind: 'demarche', limit: 3 }).map((hit) => hit.id);
      expect(top, `« ${demarche.title} »`).toContain(demarche.id);
    }
  });
});
