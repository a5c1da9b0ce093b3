// Build rules on where the content's facts come from: every démarche cites official pages that prove
// something (never a bare homepage), and no check is dated in the future.
import type { Demarche, Guide, Source } from '../../shared/schema/content';
import type { TrainingModule } from '../../shared/schema/training';

/** Records one fault as « file: field — reason ». */
export type AddProblem = (file: string, field: string, reason: string) => void;

/** A démarche, a guide or a training module with the file it was read from. */
export interface SourcedItem {
  file: string;
  item: Demarche | Guide | TrainingModule;
  kind: 'demarche' | 'guide' | 'module';
}

// The public operators' sites. A site not listed here is a third party: it may copy an official page,
// but it proves nothing. An operator's own site missing from the list is added here, on purpose.
const OFFICIAL_HOSTS = [
  'gouv.fr',
  'caf.fr',
  'ameli.fr',
  'msa.fr',
  'francetravail.fr',
  'lassuranceretraite.fr',
  'info-retraite.fr',
  'urssaf.fr',
  'cnsa.fr',
  'laposte.fr',
  'sncf-connect.com',
  'monespacesante.fr',
  'cramif.fr',
  // Départements and MDPH: public bodies; another département's page backs a national rule.
  'lotetgaronne.fr',
  'haute-vienne.fr',
  'mdph35.fr',
  // The national network of the Missions locales, and the operator of the pass numérique.
  'unml.info',
  'aptic.fr',
  // The data protection authority: the person's rights over their data.
  'cnil.fr',
];

// Portal front pages reached by a path: they name the operator, not the fact.
const PORTAL_PAGES = new Set([
  'caf.fr/allocataires',
  'ameli.fr/assure',
  'service-public.gouv.fr/particuliers',
  'service-public.gouv.fr/particuliers/vosdroits',
  'service-public.fr/particuliers',
  'impots.gouv.fr/portail',
  'impots.gouv.fr/particulier',
  'francetravail.fr/candidat',
  'msa.fr/lfp/accueil',
  'lassuranceretraite.fr/portail-info/home.html',
  'info-retraite.fr/portail-info/home.html',
  'mdphenligne.cnsa.fr/mdph',
]);
const HOME_PATHS = new Set(['', '/fr', '/portail']);
const HOME_PAGE_NAME = /\/(?:accueil|home|index)(?:\.[a-z]+)?$/;

/** Why `url` proves nothing (a homepage or a portal's front page), or undefined when it names a page. */
export function homepageReason(url: string): string | undefined {
  const parsed = parseUrl(url);
  if (!parsed) return 'adresse web invalide';
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = decodeURI(parsed.pathname).replace(/\/+$/, '').toLowerCase();
  if (HOME_PATHS.has(path) || HOME_PAGE_NAME.test(path))
    return `« ${url} » est une page d’accueil : citer la page précise qui donne l’information`;
  if (PORTAL_PAGES.has(`${host}${path}`)) return `« ${url} » est l’entrée d’un portail : citer la page précise qui donne l’information`;
  return undefined;
}

/** True when `url` is on a public operator's own site. */
export function isOfficialSite(url: string): boolean {
  const host = parseUrl(url)?.hostname.toLowerCase();
  return host !== undefined && OFFICIAL_HOSTS.some((h) => host === h || host.endsWith(`.${h}`));
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** Checks the official link and the sources of every démarche and guide; `today` is an ISO day. */
export function checkSources(items: SourcedItem[], today: string, add: AddProblem): void {
  for (const { file, item, kind } of items) {
    if (kind === 'demarche') {
      const demarche = item as Demarche;
      const home = homepageReason(demarche.officialUrl);
      if (home) add(file, 'officialUrl', home);
      if (item.sources.length === 0) add(file, 'sources', 'aucune source : citer au moins une page officielle qui appuie cette démarche');
    }
    item.sources.forEach((source, i) => checkSource(source, `sources[${i}]`, today, file, add));
    checkItemDate(item, today, file, add);
  }
}

function checkSource(source: Source, field: string, today: string, file: string, add: AddProblem): void {
  const home = homepageReason(source.url);
  if (home) add(file, `${field}.url`, home);
  else if (!isOfficialSite(source.url)) {
    add(file, `${field}.url`, `« ${source.url} » n’est pas le site d’un organisme public : citer la page officielle elle-même`);
  }
  if (source.checkedOn !== undefined && source.checkedOn > today) {
    add(file, `${field}.checkedOn`, `${source.checkedOn} est dans le futur : une vérification se date du jour où elle a été faite`);
  }
}

// The item's own date says every source was compared on that day or later: it cannot be later than
// the least recent source check, nor stand when a source was never checked.
function checkItemDate(item: SourcedItem['item'], today: string, file: string, add: AddProblem): void {
  const { checkedOn } = item;
  if (checkedOn === undefined) return;
  if (checkedOn > today) {
    add(file, 'checkedOn', `${checkedOn} est dans le futur : une vérification se date du jour où elle a été faite`);
    return;
  }
  item.sources.forEach((source, i) => {
    if (source.checkedOn === undefined) {
      add(file, 'checkedOn', `la source n° ${i + 1} n’a jamais été vérifiée : retirer la date ou vérifier cette source`);
    } else if (source.checkedOn < checkedOn) {
      add(file, 'checkedOn', `${checkedOn} est plus récent que la vérification de la source n° ${i + 1} (${source.checkedOn})`);
    }
  });
}
