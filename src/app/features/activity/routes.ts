// The Activité section's addresses. Those that take a bénéficiaire's id (a random id, nothing personal)
// let the person's file link to the session, orientation and pass forms.
export const activityPaths = {
  home: '/activite',
  sessions: '/activite/seances',
  atelier: '/activite/atelier',
  orientations: '/activite/orientations',
  pass: '/activite/pass',
  stats: '/activite/statistiques',
  /** Everything done with one person, and the buttons to log more. */
  person: (beneficiaryId: string) => `/activite/personne/${beneficiaryId}`,
  /** The quick session form (date, duration, place and mode prefilled). */
  logSession: (beneficiaryId: string) => `/activite/personne/${beneficiaryId}/seance`,
  newOrientation: (beneficiaryId: string) => `/activite/personne/${beneficiaryId}/orientation`,
  handOutPass: (beneficiaryId: string) => `/activite/personne/${beneficiaryId}/pass`,
  /** The printable slip of one orientation. */
  orientation: (orientationId: string) => `/activite/orientations/${orientationId}`,
} as const;

/** The page an Activité path asks for, and the record id in it. */
export type ActivityRoute =
  | { page: 'home' | 'sessions' | 'atelier' | 'orientations' | 'pass' | 'stats' }
  | { page: 'person' | 'log-session' | 'new-orientation' | 'hand-out'; beneficiaryId: string }
  | { page: 'orientation'; orientationId: string }
  | { page: 'unknown' };

const simple: Record<string, ActivityRoute['page']> = {
  seances: 'sessions',
  atelier: 'atelier',
  orientations: 'orientations',
  pass: 'pass',
  statistiques: 'stats',
};
const personPages: Record<string, 'log-session' | 'new-orientation' | 'hand-out'> = {
  seance: 'log-session',
  orientation: 'new-orientation',
  pass: 'hand-out',
};
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads an Activité path. */
export function activityRoute(path: string): ActivityRoute {
  const [, , first, second, third, ...rest] = path.replace(/\/+$/, '').split('/');
  if (rest.length > 0) return { page: 'unknown' };
  if (!first) return { page: 'home' };
  if (first === 'personne' && second && ID.test(second)) {
    if (!third) return { page: 'person', beneficiaryId: second };
    const page = personPages[third];
    return page ? { page, beneficiaryId: second } : { page: 'unknown' };
  }
  if (first === 'orientations' && second && ID.test(second) && !third) return { page: 'orientation', orientationId: second };
  const page = simple[first];
  return page && !second ? ({ page } as ActivityRoute) : { page: 'unknown' };
}
