// Which Aidants Connect family each démarche of the catalogue belongs to: mandates made before issue 17
// listed démarches, and read as the families of those démarches. The catalogue's operator alone does not
// say it (the CAF pays family, housing and social benefits), hence one explicit line per démarche; a test
// checks that every démarche of the catalogue has one. The families follow Aidants Connect's examples
// (retirement and the disabled worker's status under travail, RSA and handicap under social).
import type { MandateFamily } from '../schema/mandate';

/** The family of each démarche id of the catalogue. */
export const demarcheFamilies: Readonly<Record<string, MandateFamily>> = {
  // papiers: identity, civil status, digital identity
  'carte-identite': 'papiers',
  passeport: 'papiers',
  'extrait-acte-naissance': 'papiers',
  'franceconnect-plus-france-identite': 'papiers',
  'identite-numerique-la-poste': 'papiers',
  'mandat-aidants-connect': 'papiers',
  // famille: family benefits, births
  'caf-attestation': 'famille',
  'caf-changement-situation': 'famille',
  'declaration-naissance': 'famille',
  'paje-naissance': 'famille',
  // social: health insurance, minimum income, disability, old age, homelessness
  'appli-carte-vitale': 'social',
  'attestation-droits-ameli': 'social',
  'carte-vitale': 'social',
  'compte-ameli': 'social',
  'complementaire-sante-solidaire': 'social',
  'mon-espace-sante': 'social',
  'msa-espace-prive': 'social',
  rsa: 'social',
  'prime-activite': 'social',
  'prime-activite-msa': 'social',
  'declaration-trimestrielle-ressources': 'social',
  'mdph-demande-aah': 'social',
  'mdph-demande-pch': 'social',
  'carte-mobilite-inclusion': 'social',
  'apa-domicile': 'social',
  aspa: 'social',
  'domiciliation-ccas': 'social',
  'pass-numerique': 'social',
  // travail: job seeking, training, self-employment, retirement
  'actualisation-france-travail': 'travail',
  'attestation-france-travail': 'travail',
  'inscription-france-travail': 'travail',
  'cap-emploi-accompagnement': 'travail',
  'contrat-engagement-jeune': 'travail',
  'premier-rendez-vous-mission-locale': 'travail',
  rqth: 'travail',
  'cesu-declarer-salarie': 'travail',
  'declaration-chiffre-affaires-micro': 'travail',
  'demande-retraite': 'travail',
  'attestation-paiement-retraite': 'travail',
  'pension-reversion': 'travail',
  'releve-carriere': 'travail',
  // logement: housing benefits, social housing, energy, moving
  'aides-logement': 'logement',
  'demande-logement-social': 'logement',
  'cheque-energie': 'logement',
  maprimerenov: 'logement',
  'changement-adresse': 'logement',
  // transports: vehicles, driving licence, fines, travel cards
  'carte-grise-vehicule-occasion': 'transports',
  'declaration-cession-vehicule': 'transports',
  'permis-conduire-perte-vol': 'transports',
  'payer-amende': 'transports',
  'carte-avantage-senior': 'transports',
  // argent: taxes
  'avis-impot': 'argent',
  'declaration-revenus': 'argent',
  'espace-particulier-impots': 'argent',
  // justice
  'casier-judiciaire': 'justice',
  // etranger
  'titre-sejour-anef': 'etranger',
};
