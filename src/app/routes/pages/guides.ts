// The Guides section's chunk: the list with its search, one guide (its renderer and reader with it), and
// « Se former », the aidants' training modules with their checks.
export { GuideListPage, GuideNotFound as NotFound, GuidePage } from '../../features/guides/GuidePages';
export { TrainingListPage } from '../../features/guides/training/TrainingListPage';
export { TrainingModulePage } from '../../features/guides/training/TrainingModulePage';
export { WorkshopCalendarPage } from '../../features/guides/training/WorkshopCalendarPage';
