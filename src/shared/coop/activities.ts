// The activities of a period, ready for La Coop's export: the same on the tablet and on the endpoint.
import type { ContentPack } from '../schema/content';
import { inPeriod, type Period } from '../stats/period';
import {
  coopActivityOf,
  type BirthYearOf,
  type CoopActivity,
  type CoopCatalogue,
  type CoopOrientationInput,
  type CoopSessionInput,
} from './mapping';

/** The lookups the mapping needs, from the content pack. */
export function coopCatalogueOf(pack: Pick<ContentPack, 'demarches' | 'partners'>): CoopCatalogue {
  const demarches = new Map(pack.demarches.map((d) => [d.id, d]));
  const partners = new Map(pack.partners.map((p) => [p.id, p.kind]));
  return { demarche: (id) => demarches.get(id), partnerKind: (id) => partners.get(id) };
}

/** The birth years of the structure's files, by id, for the age bands. */
export function birthYearsOf(people: Iterable<{ id: string; birthYear?: number | null }>): BirthYearOf {
  const years = new Map<string, number | null>();
  for (const person of people) years.set(person.id, person.birthYear ?? null);
  return (id) => years.get(id);
}

/** The sessions of the period (both ends included) as La Coop's activities, by date then id. */
export function coopActivitiesOf(
  sessions: Iterable<CoopSessionInput>,
  orientations: readonly CoopOrientationInput[],
  catalogue: CoopCatalogue,
  period: Period,
  birthYearOf?: BirthYearOf,
): CoopActivity[] {
  const sameDay = orientations.filter((o) => inPeriod(o.date, period));
  const activities: CoopActivity[] = [];
  for (const session of sessions) {
    if (inPeriod(session.date, period)) activities.push(coopActivityOf(session, sameDay, catalogue, birthYearOf));
  }
  return activities.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}
