// The diagnostic being filled in: its blocks, its draft (kept between screens and across restarts), and
// the answers it gives once complete.
import { skillDomains, type DiagnosticAnswers, type Orientation } from '../../../shared/schema/diagnostic';

/** The screens of the questionnaire, in order; the last one shows the result. */
export const wizardSteps = [
  'Équipement et connexion',
  'Comptes déjà ouverts',
  'Compétences',
  'Freins non numériques',
  'Démarches nécessaires',
  'Résultat',
] as const;
export const SKILLS_STEP = 2;
export const RESULT_STEP = wizardSteps.length - 1;

type Domain = (typeof skillDomains)[number];

/** The draft: answers so far (a skill not yet rated is absent), the screen on show, the chosen orientation. */
export interface WizardDraft {
  step: number;
  date: string;
  answers: Omit<DiagnosticAnswers, 'skills'> & { skills: Partial<Record<Domain, number>> };
  /** The orientation the aidant picked; null keeps the proposed one. */
  orientation: Orientation | null;
}

/** A blank diagnostic dated `today`. */
export function emptyWizard(today: string): WizardDraft {
  return {
    step: 0,
    date: today,
    answers: {
      equipment: [],
      homeConnection: 'ne-sait-pas',
      hasEmail: false,
      hasSmsPhone: false,
      franceConnectAccounts: [],
      skills: {},
      barriers: [],
      demarchesNeeded: [],
    },
    orientation: null,
  };
}

/** The domains not rated yet, in screen order. */
export function missingSkills(draft: WizardDraft): Domain[] {
  return skillDomains.filter((domain) => draft.answers.skills[domain] === undefined);
}

/** The complete answers, or null while a skill is not rated. */
export function completeAnswers(draft: WizardDraft): DiagnosticAnswers | null {
  if (missingSkills(draft).length > 0) return null;
  const s = draft.answers.skills as Record<Domain, number>;
  return {
    ...draft.answers,
    skills: {
      appareil: s.appareil,
      information: s.information,
      communication: s.communication,
      formulaire: s.formulaire,
      securite: s.securite,
    },
  };
}

/** Adds or removes `item` from a list of choices. */
export function toggle<T>(list: T[], item: T, on: boolean): T[] {
  return on ? (list.includes(item) ? list : [...list, item]) : list.filter((x) => x !== item);
}
