// The Guides section's chunk: the list with its search, and one guide (its renderer and reader with it).
export { GuideListPage, GuideNotFound as NotFound, GuidePage } from '../../features/guides/GuidePages';
