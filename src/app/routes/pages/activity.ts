// The Activité section's chunk: accompagnements, ateliers, orientations, pass numériques, the statistics,
// and what was done with one person.
export { ActivityHome } from '../../features/activity/ActivityHome';
export { ActivityNotFound as NotFound } from '../../features/activity/ActivityNotFound';
export { DashboardPage } from '../../features/activity/dashboard/DashboardPage';
export { OrientationForm } from '../../features/activity/orientations/OrientationForm';
export { OrientationSlip } from '../../features/activity/orientations/OrientationSlip';
export { OrientationsPage } from '../../features/activity/orientations/OrientationsPage';
export { HandOutForm } from '../../features/activity/pass/HandOutForm';
export { PassStockPage } from '../../features/activity/pass/PassStockPage';
export { PersonActivityPage } from '../../features/activity/PersonActivityPage';
export { AtelierForm } from '../../features/activity/session/AtelierForm';
export { AtelierFromWorkshop } from '../../features/activity/session/AtelierFromWorkshop';
export { QuickSessionForm } from '../../features/activity/session/QuickSessionForm';
export { SessionsPage } from '../../features/activity/session/SessionsPage';
