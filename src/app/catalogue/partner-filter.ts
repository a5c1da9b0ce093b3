// The partner directory's search and filters, offline over the content pack: words, commune, theme.
import { lifeSituations, type ContentPack, type Partner } from '../../shared/schema/content';
import type { LifeSituation } from './labels';
import { foldText } from '../search/normalize';

/** How each kind of partner reads on screen. */
export const partnerKindLabels: Record<Partner['kind'], string> = {
  operateur: 'Organisme',
  'france-services': 'France services',
  ccas: 'CCAS',
  'conseiller-numerique': 'Conseiller numérique',
  association: 'Association',
  mairie: 'Mairie',
};

/** Words of what a partner handles that tell its themes (the catalogue's life situations). */
const themeWords: [LifeSituation, RegExp][] = [
  ['sante', /sant|ameli|vitale|cpam|complementaire|mutuel|handicap|aah|pch/],
  ['emploi', /emploi|france travail|chomage|jeune|formation|cap emploi|micro|cesu/],
  ['famille', /famil|prestation|rsa|prime d.activite|aide sociale|situation/],
  ['logement', /logement|apl|als|alf|domiciliation/],
  ['retraite', /retraite|carriere|reversion|senior/],
  ['identite', /identite|passeport|titre|carte d.identite/],
  ['impots', /impot|fiscal|declaration de revenus|amende/],
  ['transport', /train|sncf|carte grise|permis|mobilite/],
  ['numerique', /numerique|informatique|atelier|ordinateur|internet|demarches en ligne|scanner/],
];

/**
 * The themes of a partner: those of the démarches it is the contact for, and those its description
 * names. A France services counter handles every theme (it is the one-stop desk of the operators).
 */
export function partnerThemes(partner: Partner, pack: ContentPack): LifeSituation[] {
  if (partner.kind === 'france-services') return [...lifeSituations];
  const themes = new Set<LifeSituation>();
  for (const demarche of pack.demarches) if (demarche.partnerId === partner.id) demarche.situations.forEach((s) => themes.add(s));
  const described = foldText(partner.handles.join(' '));
  for (const [theme, words] of themeWords) if (words.test(described)) themes.add(theme);
  if (partner.kind === 'conseiller-numerique') themes.add('numerique');
  return [...themes];
}

/** What the aidant filters by. */
export interface PartnerFilter {
  query: string;
  commune: string;
  theme: LifeSituation | '';
}

/** The order of the directory: the local structures an aidant sends people to first, then the operators. */
const kindOrder: Partner['kind'][] = ['france-services', 'mairie', 'ccas', 'conseiller-numerique', 'association', 'operateur'];
const byName = new Intl.Collator('fr');

/** Local structures before operators, then by name (French order). */
export function inDirectoryOrder(a: Partner, b: Partner): number {
  return kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) || byName.compare(a.name, b.name);
}

/** The partners that match every filter, in directory order. */
export function filterPartners(pack: ContentPack, filter: PartnerFilter): Partner[] {
  const words = foldText(filter.query).split(/\s+/).filter(Boolean);
  return [...pack.partners].sort(inDirectoryOrder).filter((partner) => {
    if (filter.commune && partner.commune !== filter.commune) return false;
    if (filter.theme && !partnerThemes(partner, pack).includes(filter.theme)) return false;
    const text = foldText([partner.name, partner.commune, partnerKindLabels[partner.kind], ...partner.handles].join(' '));
    return words.every((word) => text.includes(word));
  });
}

/** The communes of the directory, in French alphabetical order. */
export function partnerCommunes(pack: ContentPack): string[] {
  return [...new Set(pack.partners.map((p) => p.commune))].sort(new Intl.Collator('fr').compare);
}
