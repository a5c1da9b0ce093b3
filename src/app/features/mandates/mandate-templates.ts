// The paper mandate's templates, every version kept: a mandate stores the version it was printed and signed
// with, and prints with that one forever. A change to the wording is a new version here, never an edit of
// an old one. Version 1 is the template of the mandates made before issue 17 (a list of démarches). The
// current version's number lives in src/shared (the demo's mandates are signed with it too).
import { CURRENT_MANDATE_TEMPLATE } from '../../../shared/mandate/terms';

export { CURRENT_MANDATE_TEMPLATE };

/** The fixed words of one version; the person, aidant, structure, families and dates fill it in. */
export interface MandateTemplate {
  version: number;
  /** The template's id, printed at the foot of the page with the fingerprint. */
  id: string;
  title: string;
  /** Before the list: the person gives the mandate to the aidant of the structure. */
  grant: string;
  /** The clauses after the list and the dates, one paragraph each. */
  clauses: string[];
  /** True when the page carries the SHA-256 of its content. */
  fingerprint: boolean;
}

/** Every version, by number. */
export const mandateTemplates: Readonly<Record<number, MandateTemplate>> = {
  1: {
    version: 1,
    id: 'declic-mandat-1',
    title: 'Mandat pour faire des démarches à ma place',
    grant: 'pour faire en mon nom les démarches suivantes :',
    clauses: [
      'Je peux mettre fin à ce mandat à tout moment, en le disant à l’aidant·e ou à la structure.',
      'L’aidant·e ne garde que ce qui sert à ces démarches et ne les utilise pour rien d’autre.',
    ],
    fingerprint: false,
  },
  2: {
    version: 2,
    id: 'declic-mandat-2',
    title: 'Mandat pour faire des démarches en mon nom',
    grant: 'pour faire en mon nom, en ligne, par téléphone, par courrier ou sur place, les démarches de ces familles :',
    clauses: [
      'Ce mandat est donné selon les articles 1984 et suivants du Code civil.',
      'Je peux retirer ce mandat à tout moment, en entier ou pour une seule famille de démarches, en le disant à l’aidant·e ou à la structure.',
      'L’aidant·e me demande mon accord avant toute autre démarche. Il ou elle n’utilise mes informations que pour ces démarches, ne les montre à personne d’autre, et efface ce qui ne sert plus.',
      'Je déclare ne pas être sous tutelle, curatelle ou sauvegarde de justice.',
    ],
    fingerprint: true,
  },
};

/** The template of `version`, or undefined for a version this app does not know (made by a newer app). */
export function mandateTemplate(version: number): MandateTemplate | undefined {
  return mandateTemplates[version];
}
