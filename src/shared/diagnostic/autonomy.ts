// The autonomy rule: from a diagnostic's answers to a level on the 3-step scale and a proposed orientation.
//
// The rule, in words (it is what the aidant reads in the app's help):
// - "à accompagner pas à pas" when the person has no device at all, or the average of the five skills
//   is below 1.5 (mostly "never done" or "only with help"), or reading/writing or language is a
//   barrier and the average is below 2;
// - "autonome" when every skill is at least 2 ("alone, with difficulty"), the average is at least 2.5,
//   the person has an e-mail address and no barrier;
// - otherwise "autonome avec aide ponctuelle".
// Proposed orientation: pas à pas with no device or a reading/language barrier → faire pour la
// personne (mandat); other pas à pas → accompagnement; aide ponctuelle → atelier with a pass
// numérique; autonome → orientation to the partner who handles the démarche. The aidant may change it.
import type { AutonomyLevel, DiagnosticAnswers, Orientation } from '../schema/diagnostic';

/** The average of the five skill levels (0 to 3). */
export function skillAverage(answers: Pick<DiagnosticAnswers, 'skills'>): number {
  const levels = Object.values(answers.skills);
  return levels.reduce((sum, level) => sum + level, 0) / levels.length;
}

const hasNoDevice = (a: DiagnosticAnswers) => a.equipment.length === 0 || a.equipment.includes('aucun');
const hasReadingBarrier = (a: DiagnosticAnswers) => a.barriers.includes('lecture-ecriture') || a.barriers.includes('langue');

/** The autonomy level the answers lead to. */
export function autonomyLevel(answers: DiagnosticAnswers): AutonomyLevel {
  const average = skillAverage(answers);
  if (hasNoDevice(answers) || average < 1.5 || (hasReadingBarrier(answers) && average < 2)) return 'pas-a-pas';
  const minimum = Math.min(...Object.values(answers.skills));
  if (minimum >= 2 && average >= 2.5 && answers.hasEmail && answers.barriers.length === 0) return 'autonome';
  return 'aide-ponctuelle';
}

/** The orientation proposed for the answers; the aidant can choose another. */
export function proposedOrientation(answers: DiagnosticAnswers): Orientation {
  const level = autonomyLevel(answers);
  if (level === 'pas-a-pas') return hasNoDevice(answers) || hasReadingBarrier(answers) ? 'faire-pour-mandat' : 'accompagnement';
  return level === 'aide-ponctuelle' ? 'atelier-pass-numerique' : 'orientation-partenaire';
}
