// Every address of the app, declared once: its pattern, its typed parameters, and the builder every link
// uses (`paths.file({ id })`). Addresses hold record ids and content ids only: nothing personal in a URL.
// Where two patterns could read the same path, the fixed word comes first (the router takes the first).
import { contentId, recordId, route } from './route-pattern';

const person = { id: recordId };
const activityPerson = { beneficiaryId: recordId };

/** The addresses, section by section. */
export const paths = {
  home: route('/'),

  beneficiaries: route('/beneficiaires'),
  newFile: route('/beneficiaires/nouveau'),
  expiringMandates: route('/beneficiaires/mandats'),
  /** The files that may be one person (« Doublons possibles »), and the merge of two of them. */
  duplicates: route('/beneficiaires/doublons'),
  mergeFiles: route('/beneficiaires/doublons/:id/:otherId', { ...person, otherId: recordId }),
  file: route('/beneficiaires/:id', person),
  editFile: route('/beneficiaires/:id/modifier', person),
  newDiagnostic: route('/beneficiaires/:id/diagnostic', person),
  diagnostic: route('/beneficiaires/:id/diagnostics/:diagnosticId', { ...person, diagnosticId: recordId }),
  newMandate: route('/beneficiaires/:id/mandat', person),
  mandate: route('/beneficiaires/:id/mandats/:mandateId', { ...person, mandateId: recordId }),
  personData: route('/beneficiaires/:id/donnees', person),
  eraseFile: route('/beneficiaires/:id/effacer', person),

  demarches: route('/demarches'),
  followUps: route('/demarches/a-relancer'),
  staleDemarches: route('/demarches/a-verifier'),
  suivi: route('/demarches/suivis/:id', { id: recordId }),
  suiviSheet: route('/demarches/suivis/:id/pieces', { id: recordId }),
  // An operator or a situation is checked by its page against the catalogue's codes (kept out of the first screen's code).
  operator: route('/demarches/organisme/:operator', { operator: contentId }),
  situation: route('/demarches/situation/:situation', { situation: contentId }),
  demarche: route('/demarches/:demarcheId', { demarcheId: contentId }),

  guides: route('/guides'),
  /** « Se former »: the aidants' training modules (a fixed word, before a guide's id). */
  training: route('/guides/se-former'),
  workshops: route('/guides/se-former/calendrier'),
  trainingModule: route('/guides/se-former/:moduleId', { moduleId: contentId }),
  guide: route('/guides/:guideId', { guideId: contentId }),

  partners: route('/partenaires'),
  partner: route('/partenaires/:partnerId', { partnerId: contentId }),

  activity: route('/activite'),
  sessions: route('/activite/seances'),
  atelier: route('/activite/atelier'),
  /** An atelier for the public, noted from the workshops calendar (its title and day filled in). */
  atelierFromWorkshop: route('/activite/atelier/:workshopId', { workshopId: recordId }),
  orientations: route('/activite/orientations'),
  /** The printable slip of one orientation. */
  orientation: route('/activite/orientations/:orientationId', { orientationId: recordId }),
  pass: route('/activite/pass'),
  stats: route('/activite/statistiques'),
  /** Everything done with one person, and the buttons to log more. */
  personActivity: route('/activite/personne/:beneficiaryId', activityPerson),
  /** The quick session form (date, duration, place and mode prefilled). */
  logSession: route('/activite/personne/:beneficiaryId/seance', activityPerson),
  newOrientation: route('/activite/personne/:beneficiaryId/orientation', activityPerson),
  handOutPass: route('/activite/personne/:beneficiaryId/pass', activityPerson),

  settings: route('/reglages'),
  // Also shown before a login (src/app/main.tsx): the login screen links to it.
  accessibility: route('/reglages/accessibilite'),
  /** The administration (coordinateur, admin; online): its home and its pages. */
  admin: route('/reglages/administration'),
  adminTeam: route('/reglages/administration/equipe'),
  adminDevices: route('/reglages/administration/appareils'),
  adminJournal: route('/reglages/administration/journal'),
  adminStructures: route('/reglages/administration/structures'),
};

/** The name of an address in the table. */
export type PathName = keyof typeof paths;
