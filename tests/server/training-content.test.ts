// « Se former » in the content build: the shipped modules pass the guides' rules (sources, plain French,
// acronyms, Markdown) plus their own (screens, three questions with one right answer each); a bad module
// fails the build naming its file, its field and the reason.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ContentPackError, loadContentPack } from '../../src/server/content-pack/load-pack';
import { moduleScreens, QUESTIONS_PER_CHECK } from '../../src/shared/schema/training';

const contentDir = fileURLToPath(new URL('../../src/content', import.meta.url));
const badDir = fileURLToPath(new URL('../fixtures/content-bad-training', import.meta.url));

/** The problems the build reports for `dir`. */
function problemsOf(dir: string): string[] {
  try {
    loadContentPack(dir, { today: '2026-12-04' });
  } catch (error) {
    if (error instanceof ContentPackError) return error.problems;
    throw error;
  }
  return [];
}

describe('the shipped training modules', () => {
  const modules = loadContentPack(contentDir).trainingModules ?? [];

  it('offer at least 10 modules, each of a few screens and a check of three questions', () => {
    expect(modules.length).toBeGreaterThanOrEqual(10);
    for (const module of modules) {
      expect(moduleScreens(module.body).length, module.id).toBeGreaterThanOrEqual(2);
      expect(module.questions, module.id).toHaveLength(QUESTIONS_PER_CHECK);
    }
  });

  it('cover the posture, the secure frame, the diagnostic, fraud, the démarches’ traps, orientation and the jeudis’ themes', () => {
    const ids = modules.map((m) => m.id);
    for (const id of [
      'accompagner-sans-faire-a-la-place',
      'consentement-et-limites',
      'mandat-et-aidants-connect',
      'jamais-de-mot-de-passe',
      'droits-de-la-personne-rgpd',
      'mener-un-diagnostic',
      'reperer-les-arnaques',
      'piege-connexion-caf',
      'piege-actualisation-france-travail',
      'piege-pre-demande-ants',
      'orienter-vers-le-bon-partenaire',
      'jeudi-identite-numerique',
      'jeudi-e-reputation',
      'jeudi-ecrans',
    ])
      expect(ids).toContain(id);
  });

  it('claim no check they did not make: no module and no source is dated', () => {
    for (const module of modules) {
      expect(module.checkedOn, module.id).toBeUndefined();
      for (const source of module.sources) expect(source.checkedOn, `${module.id} ${source.url}`).toBeUndefined();
    }
  });
});

describe('a bad training module', () => {
  const problems = problemsOf(badDir);
  const about = (file: string) => problems.filter((line) => line.includes(`content-bad-training/formations/${file}: `));

  it('is refused for a long sentence, an acronym unknown or never spelled out, a homepage source, a dead link', () => {
    const lines = about('mal-ecrit.md').map((line) => line.split('.md: ')[1]);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^questions\[0\]\.explanation — phrase de 24 mots/),
        "questions[1].choices[0] — sigle « CAF » jamais écrit en entier sur la page (par exemple « caisse d'allocations familiales »)",
        'questions[1].choices[1] — sigle « ANTS » inconnu : l’ajouter à sigles.json avec sa forme développée',
        'sources[0].url — « https://www.caf.fr » est une page d’accueil : citer la page précise qui donne l’information',
        'body — lien vers un guide inconnu « guide-fantome »',
      ]),
    );
  });

  it('is refused without three questions, without one right answer marked, or with a single screen', () => {
    expect(about('deux-questions.md')).toEqual([expect.stringContaining('questions — au moins 3 élément(s)')]);
    expect(about('sans-bonne-reponse.md')).toEqual([expect.stringContaining('question (ligne 6) — illisible')]);
    expect(about('un-seul-ecran.md')).toEqual([expect.stringContaining('body — au moins deux écrans')]);
  });
});
