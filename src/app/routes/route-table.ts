// Which page shows each address: the one table the router reads. A section's pages come in the section's
// own chunk (src/app/routes/pages/<section>), loaded on its first visit, so that the first screen stays
// light. An address no route reads shows the not-found page of the section it is under.
import { h, type ComponentType, type VNode } from 'preact';
import type { ContentPack } from '../../shared/schema/content';
import type { ReadyContent } from '../catalogue/content-store';
import { chunk, type Chunk } from '../ui/chunk';
import { paths, type PathName } from './paths';
import type { ParamsOf } from './route-pattern';
import { sectionOwning, sections, type Section } from './sections';

/** What a page that needs the content pack receives besides its parameters. */
export interface ContentPageProps {
  pack: ContentPack;
  content: ReadyContent;
}

/** One row of the table: the section, the chunk holding the page, and how to draw it. */
export interface RouteEntry<P> {
  section: Section;
  chunk: Chunk;
  /** True when the page waits for the content pack. */
  content: boolean;
  /** The page, from its loaded chunk; `content` is there when the page waits for it. */
  render(module: unknown, params: P, content: ReadyContent | undefined): VNode;
}

// The types are checked where a row is written (the page accepts the route's parameters); drawing it erases them.
type AnyPage = ComponentType<Record<string, unknown>>;

function page<M, P>(section: Section, from: Chunk<M>, pick: (module: M) => ComponentType<NoInfer<P>>): RouteEntry<P> {
  const render = (module: unknown, params: P) => h(pick(module as M) as AnyPage, params as Record<string, unknown>);
  return { section, chunk: from, content: false, render };
}

function contentPage<M, P>(
  section: Section,
  from: Chunk<M>,
  pick: (module: M) => ComponentType<NoInfer<P> & ContentPageProps>,
): RouteEntry<P> {
  const render = (module: unknown, params: P, content: ReadyContent | undefined) =>
    h(pick(module as M) as AnyPage, { ...(params as Record<string, unknown>), pack: content?.pack, content });
  return { section, chunk: from, content: true, render };
}

const beneficiaries = chunk(() => import('./pages/beneficiaries'));
const demarches = chunk(() => import('./pages/demarches'));
const guides = chunk(() => import('./pages/guides'));
const partners = chunk(() => import('./pages/partners'));
const activity = chunk(() => import('./pages/activity'));
const settings = chunk(() => import('./pages/settings'));
const admin = chunk(() => import('./pages/admin'));
const { beneficiaries: people, demarches: catalogue, activity: work } = sections;

/** Every address and its page. */
export const routeTable: { [N in PathName]: RouteEntry<ParamsOf<(typeof paths)[N]>> } = {
  home: page(people, beneficiaries, (m) => m.ListPage),
  beneficiaries: page(people, beneficiaries, (m) => m.ListPage),
  newFile: page(people, beneficiaries, (m) => m.NewFilePage),
  expiringMandates: page(people, beneficiaries, (m) => m.ExpiringMandatesPage),
  duplicates: page(people, beneficiaries, (m) => m.DuplicatesPage),
  mergeFiles: page(people, beneficiaries, (m) => m.MergeFilesPage),
  file: page(people, beneficiaries, (m) => m.FilePage),
  editFile: page(people, beneficiaries, (m) => m.EditFilePage),
  newDiagnostic: page(people, beneficiaries, (m) => m.NewDiagnosticPage),
  diagnostic: page(people, beneficiaries, (m) => m.DiagnosticPage),
  newMandate: page(people, beneficiaries, (m) => m.NewMandatePage),
  mandate: page(people, beneficiaries, (m) => m.MandatePage),
  personData: page(people, beneficiaries, (m) => m.PersonDataPage),
  eraseFile: page(people, beneficiaries, (m) => m.EraseFilePage),

  demarches: contentPage(catalogue, demarches, (m) => m.CataloguePage),
  followUps: contentPage(catalogue, demarches, (m) => m.FollowUpPage),
  staleDemarches: contentPage(catalogue, demarches, (m) => m.StaleDemarchesPage),
  suivi: contentPage(catalogue, demarches, (m) => m.SuiviChecklistPage),
  suiviSheet: contentPage(catalogue, demarches, (m) => m.SuiviSheetPage),
  operator: contentPage(catalogue, demarches, (m) => m.OperatorPage),
  situation: contentPage(catalogue, demarches, (m) => m.SituationPage),
  demarche: contentPage(catalogue, demarches, (m) => m.DemarchePage),

  guides: contentPage(sections.guides, guides, (m) => m.GuideListPage),
  training: contentPage(sections.guides, guides, (m) => m.TrainingListPage),
  workshops: page(sections.guides, guides, (m) => m.WorkshopCalendarPage),
  trainingModule: contentPage(sections.guides, guides, (m) => m.TrainingModulePage),
  guide: contentPage(sections.guides, guides, (m) => m.GuidePage),

  partners: contentPage(sections.partners, partners, (m) => m.DirectoryPage),
  partner: contentPage(sections.partners, partners, (m) => m.PartnerPage),

  activity: contentPage(work, activity, (m) => m.ActivityHome),
  sessions: contentPage(work, activity, (m) => m.SessionsPage),
  atelier: contentPage(work, activity, (m) => m.AtelierForm),
  atelierFromWorkshop: contentPage(work, activity, (m) => m.AtelierFromWorkshop),
  orientations: contentPage(work, activity, (m) => m.OrientationsPage),
  orientation: contentPage(work, activity, (m) => m.OrientationSlip),
  pass: contentPage(work, activity, (m) => m.PassStockPage),
  stats: contentPage(work, activity, (m) => m.DashboardPage),
  personActivity: contentPage(work, activity, (m) => m.PersonActivityPage),
  logSession: contentPage(work, activity, (m) => m.QuickSessionForm),
  newOrientation: contentPage(work, activity, (m) => m.OrientationForm),
  handOutPass: contentPage(work, activity, (m) => m.HandOutForm),

  settings: page(sections.settings, settings, (m) => m.SettingsPage),
  accessibility: page(sections.settings, settings, (m) => m.AccessibilityPage),
  admin: page(sections.settings, admin, (m) => m.AdminHome),
  adminTeam: page(sections.settings, admin, (m) => m.TeamPage),
  adminDevices: page(sections.settings, admin, (m) => m.DevicesPage),
  adminJournal: page(sections.settings, admin, (m) => m.JournalPage),
  adminStructures: page(sections.settings, admin, (m) => m.StructuresPage),
};

/** The page of an address no route reads, by the section it is under. */
const notFound = new Map<Section, RouteEntry<Record<never, never>>>([
  [people, page(people, beneficiaries, (m) => m.NotFound)],
  [catalogue, page(catalogue, demarches, (m) => m.NotFound)],
  [sections.guides, page(sections.guides, guides, (m) => m.NotFound)],
  [sections.partners, page(sections.partners, partners, (m) => m.NotFound)],
  [work, page(work, activity, (m) => m.NotFound)],
]);

/** What the router shows for a path: the section it is under, and the page with its parameters (none when no page reads it). */
export interface RouteMatch {
  name: PathName | 'not-found';
  section: Section | undefined;
  entry: RouteEntry<unknown> | undefined;
  params: object;
}

/** Reads `path` against the table, first route first. */
export function matchRoute(path: string): RouteMatch {
  for (const name of Object.keys(paths) as PathName[]) {
    const params = paths[name].match(path);
    const entry = routeTable[name] as RouteEntry<unknown>;
    if (params) return { name, section: entry.section, entry, params };
  }
  const section = sectionOwning(path);
  return { name: 'not-found', section, entry: section && (notFound.get(section) as RouteEntry<unknown> | undefined), params: {} };
}
