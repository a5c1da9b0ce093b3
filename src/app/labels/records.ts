// How the codes of mandates, suivis and pass numériques read on screen: the file, the export and the
// features show the same words.
import type { MandateDuration } from '../../shared/schema/mandate';
import type { PassStatus } from '../../shared/schema/pass-numerique';
import type { SuiviStatus } from '../../shared/schema/suivi';

/** How each mandate duration reads on screen. */
export const durationLabels: Record<MandateDuration, string> = {
  '1-jour': '1 jour',
  '1-mois': '1 mois',
  '6-mois': '6 mois',
  '1-an': '1 an',
};

/** The labels of a suivi's statuses, as the aidant reads them. */
export const statusLabels: Record<SuiviStatus, string> = {
  'a-faire': 'À faire',
  'en-cours': 'En cours',
  'en-attente-justificatifs': 'En attente de justificatifs',
  bloque: 'Bloqué',
  termine: 'Terminé',
};

/** Where a pass numérique stands. */
export const passStatusLabels: Record<PassStatus, string> = {
  'en-stock': 'En stock',
  remis: 'Remis',
  utilise: 'Utilisé',
  expire: 'Expiré',
};
