// The demo's fictitious bénéficiaires of Lot-et-Garonne, with their diagnostics and mandates, as records
// with fixed ids (a second run of `npm run demo` adds nothing). Every name, phone and address is made up.
import type { MandateDays } from '../../shared/schema/mandate';

/** One demo person: who, where, how long ago they were last seen, and their story in the app. */
export interface DemoPerson {
  firstName: string;
  lastName: string | null;
  birthYear: number;
  commune: string;
  /** Days between the last contact and the day the demo is made. */
  contactDaysAgo: number;
  notes: string;
  contact: { phone?: string; email?: string };
  /** Indexes into `answerProfiles`: one diagnostic per entry, a month apart, the last one at the last contact. */
  diagnostics: number[];
  demarches: string[];
  mandate?: { durationDays: MandateDays; daysAgo: number };
  status?: 'actif' | 'clos';
}

const p = (
  firstName: string,
  lastName: string | null,
  birthYear: number,
  commune: string,
  contactDaysAgo: number,
  notes: string,
  diagnostics: number[],
  demarches: string[],
  extra: Partial<DemoPerson> = {},
): DemoPerson => ({ firstName, lastName, birthYear, commune, contactDaysAgo, notes, diagnostics, demarches, contact: {}, ...extra });

/** The three first ones are those of the first demo (same ids): Josiane, Karim, Lucie. */
export const DEMO_PEOPLE: DemoPerson[] = [
  p(
    'Josiane',
    'Fictive',
    1949,
    'Casteljaloux',
    3,
    'Demande de retraite de réversion à faire sur info-retraite.fr.',
    [0, 1],
    ['demande-retraite'],
    { contact: { phone: '05 00 00 00 01' }, mandate: { durationDays: 365, daysAgo: 345 } },
  ),
  p(
    'Karim',
    'Exemple',
    1987,
    'Marmande',
    9,
    'Actualisation France Travail chaque mois.',
    [2],
    ['actualisation-france-travail', 'prime-activite'],
    { contact: { email: 'karim.exemple@example.org' } },
  ),
  p('Lucie', null, 2001, 'Bouglon', 21, 'Première demande de carte Vitale, pas d’adresse e-mail.', [3], ['carte-vitale', 'compte-ameli']),
  p(
    'Marcel',
    'Lagarde',
    1941,
    'Agen',
    1,
    'Vit seul, pas d’ordinateur. Sa fille appelle parfois.',
    [0],
    ['complementaire-sante-solidaire', 'demande-retraite'],
    { mandate: { durationDays: 182, daysAgo: 20 } },
  ),
  p(
    'Fatima',
    'Benali',
    1975,
    'Villeneuve-sur-Lot',
    5,
    'Changement de situation à déclarer à la CAF.',
    [4, 2],
    ['caf-changement-situation', 'aides-logement'],
  ),
  p(
    'Jean-Pierre',
    'Castaing',
    1956,
    'Nérac',
    40,
    'Relevé de carrière à vérifier avant la demande de retraite.',
    [2],
    ['releve-carriere', 'demande-retraite'],
  ),
  p('Éloïse', 'Marty', 1998, 'Tonneins', 12, 'Cherche un emploi ; rendez-vous Mission locale pris.', [5], ['inscription-france-travail']),
  p(
    'Gisèle',
    'Dufau',
    1938,
    'Fumel',
    60,
    'Malvoyante : documents en gros caractères.',
    [6],
    ['attestation-droits-ameli', 'mdph-demande-pch'],
    { mandate: { durationDays: 365, daysAgo: 352 } },
  ),
  p(
    'Ahmed',
    'Ouali',
    1969,
    'Sainte-Livrade-sur-Lot',
    2,
    'Lit difficilement le français ; son fils traduit.',
    [7],
    ['rsa', 'aides-logement'],
    { mandate: { durationDays: 31, daysAgo: 10 } },
  ),
  p(
    'Sylvie',
    'Peyrot',
    1964,
    'Le Passage',
    30,
    'Déclaration de revenus en ligne pour la première fois.',
    [4],
    ['declaration-revenus', 'espace-particulier-impots'],
  ),
  p(
    'Thierry',
    'Bouyssou',
    1971,
    'Boé',
    75,
    'Auto-entrepreneur, déclaration trimestrielle Urssaf.',
    [8],
    ['declaration-chiffre-affaires-micro'],
  ),
  p('Monique', 'Labat', 1946, 'Bon-Encontre', 18, 'Carte d’identité périmée, rendez-vous en mairie équipée.', [1, 9], ['carte-identite']),
  p(
    'Kevin',
    'Roques',
    2004,
    'Miramont-de-Guyenne',
    6,
    'Contrat d’engagement jeune en cours.',
    [5],
    ['contrat-engagement-jeune', 'premier-rendez-vous-mission-locale'],
  ),
  p(
    'Paulette',
    'Sentex',
    1935,
    'Aiguillon',
    95,
    'Veuve, aide pour la pension de réversion.',
    [0],
    ['demande-retraite', 'attestation-paiement-retraite'],
  ),
  p('Nadia', 'Haddad', 1982, 'Duras', 14, 'Demande d’AAH à préparer avec l’assistante sociale.', [6], ['mdph-demande-aah']),
  p('Bernard', 'Cazeaux', 1952, 'Lauzun', 200, 'Agriculteur retraité, espace privé MSA.', [3], ['msa-espace-prive']),
  p('Chantal', 'Garrigues', 1958, 'Agen', 4, 'Veut apprendre à payer en ligne et à repérer les arnaques.', [9], ['payer-amende']),
  p('Yannick', null, 1990, 'Marmande', 45, 'Pas de domicile stable ; courrier au CCAS.', [7], ['rsa', 'identite-numerique-la-poste']),
  p(
    'Odette',
    'Ducos',
    1944,
    'Villeneuve-sur-Lot',
    11,
    'Carte Avantage Senior pour voir ses petits-enfants.',
    [1],
    ['carte-avantage-senior'],
  ),
  p(
    'Mathieu',
    'Larrieu',
    1985,
    'Nérac',
    26,
    'Vente de sa voiture : déclaration de cession.',
    [8],
    ['declaration-cession-vehicule', 'carte-grise-vehicule-occasion'],
  ),
  p('Rose', 'Delmas', 1950, 'Casteljaloux', 33, 'Avis d’impôt à imprimer pour le logement social.', [4], ['avis-impot']),
  p('Samir', 'Khelifi', 1993, 'Tonneins', 7, 'Prime d’activité à demander.', [2], ['prime-activite', 'caf-attestation']),
  p('Huguette', 'Pujol', 1939, 'Fumel', 130, 'Ne sort plus ; visites à domicile.', [0], ['complementaire-sante-solidaire'], {
    mandate: { durationDays: 182, daysAgo: 170 },
  }),
  p('Laurent', 'Brouqueyre', 1967, 'Boé', 52, 'Permis de conduire volé, déclaration en ligne.', [9], ['permis-conduire-perte-vol']),
  p('Inès', 'Vidal', 2002, 'Le Passage', 3, 'Étudiante salariée, Cesu pour la garde d’enfant de sa sœur.', [8], ['cesu-declarer-salarie']),
  p('Raymond', 'Tastet', 1948, 'Aiguillon', 19, 'Passeport pour aller voir sa fille au Canada.', [1], ['passeport']),
  p(
    'Amandine',
    'Soubiran',
    1979,
    'Miramont-de-Guyenne',
    65,
    'Cap emploi : reconversion après un accident.',
    [6],
    ['cap-emploi-accompagnement'],
  ),
  p('Gérard', 'Lafitte', 1953, 'Duras', 8, 'Attestation France Travail pour la CAF.', [2, 4], ['attestation-france-travail']),
  p('Simone', 'Baqué', 1942, 'Lauzun', 240, 'Dossier clos : démarches terminées.', [0], ['prime-activite-msa'], { status: 'clos' }),
  p(
    'Mehdi',
    'Amrani',
    1988,
    'Sainte-Livrade-sur-Lot',
    15,
    'Déclaration trimestrielle de ressources RSA.',
    [7],
    ['declaration-trimestrielle-ressources'],
  ),
];
