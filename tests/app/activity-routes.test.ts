// The Activité section's addresses: what each path opens (ids are random record ids, nothing personal).
import { describe, expect, it } from 'vitest';
import { activityPaths, activityRoute } from '../../src/app/features/activity/routes';

const id = '0190a000-0000-7000-8000-00000000002a';

describe('Activité addresses', () => {
  it.each([
    ['/activite', { page: 'home' }],
    ['/activite/', { page: 'home' }],
    ['/activite/seances', { page: 'sessions' }],
    ['/activite/atelier', { page: 'atelier' }],
    ['/activite/pass', { page: 'pass' }],
    ['/activite/statistiques', { page: 'stats' }],
    ['/activite/orientations', { page: 'orientations' }],
    [activityPaths.person(id), { page: 'person', beneficiaryId: id }],
    [activityPaths.logSession(id), { page: 'log-session', beneficiaryId: id }],
    [activityPaths.newOrientation(id), { page: 'new-orientation', beneficiaryId: id }],
    [activityPaths.handOutPass(id), { page: 'hand-out', beneficiaryId: id }],
    [activityPaths.orientation(id), { page: 'orientation', orientationId: id }],
    ['/activite/personne/yvette-martin', { page: 'unknown' }],
    ['/activite/personne/' + id + '/autre', { page: 'unknown' }],
    ['/activite/seances/extra', { page: 'unknown' }],
    ['/activite/inconnue', { page: 'unknown' }],
  ])('%s', (path, route) => {
    expect(activityRoute(path)).toEqual(route);
  });
});
