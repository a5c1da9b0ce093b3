// The suivi views the catalogue shows, in one chunk loaded on first use (see lazy-suivis.tsx).
export { FollowUpLink } from './FollowUpList';
export { StartForPerson } from './StartForPerson';
export { SuiviRoutes } from './SuiviRoutes';
