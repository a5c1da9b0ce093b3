// /activite/orientations: the referrals still without news after 30 days first, then all of them.
import type { ContentPack } from '../../../../shared/schema/content';
import { STALE_ORIENTATION_DAYS } from '../../../../shared/schema/orientation';
import { isStaleOrientation } from '../../../../shared/stats/orientations';
import { daysBetween, localDate } from '../../../../shared/stats/period';
import { listPeople } from '../../../db/person-index';
import { useLocalContent } from '../../../catalogue/local-content';
import { listOrientations, type Orientation } from '../../../db/orientations-repository';
import { useAppServices } from '../../../session/app-context';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { longDate, outcomeLabels, personName } from '../labels';
import { paths } from '../../../routes/paths';
import { useDbQuery } from '../../../ui/use-db-query';
import { OutcomeButtons } from './OutcomeButtons';
import { Loading } from '../Loading';

/** The orientations page. */
export function OrientationsPage({ pack }: { pack: ContentPack }) {
  const { db } = useAppServices();
  const today = localDate(db.now());
  const query = useDbQuery(async (database) => ({
    orientations: await listOrientations(database),
    people: await listPeople(database),
  }));
  const local = useLocalContent();
  const { data } = query;
  if (!data) return <Loading title="Orientations" state={query} />;
  const names = new Map(data.people.map((p) => [p.id, personName(p)]));
  const partners = new Map([
    ...local.partners.map((p) => [p.id, p.name ?? ''] as const),
    ...pack.partners.map((p) => [p.id, p.name] as const),
  ]);
  const stale = data.orientations.filter((o) => isStaleOrientation(o, today));
  const row = (o: Orientation, withDays: boolean) => (
    <li key={o.id} class="card">
      <a class="card__title" {...linkProps(paths.orientation({ orientationId: o.id }))}>
        {names.get(o.beneficiaryId ?? '') ?? 'Personne effacée'} → {partners.get(o.partnerId ?? '') ?? o.partnerId}
      </a>
      <span class="card__meta">
        {longDate(o.date)} · {outcomeLabels[o.outcome ?? 'en-attente']}
        {withDays && o.date ? ` · sans nouvelles depuis ${daysBetween(o.date, today)} jours` : ''}
      </span>
      <OutcomeButtons id={o.id} outcome={o.outcome} label={`Suite donnée à l’orientation du ${longDate(o.date)}`} />
    </li>
  );
  return (
    <Page title="Orientations">
      <p class="back-link no-print">
        <a {...linkProps(paths.activity())}>← Activité</a>
      </p>
      <section aria-labelledby="stale-title">
        <h2 id="stale-title">
          Sans nouvelles depuis {STALE_ORIENTATION_DAYS} jours ({stale.length})
        </h2>
        {stale.length === 0 ? (
          <p>Aucune orientation en attente depuis plus de {STALE_ORIENTATION_DAYS} jours.</p>
        ) : (
          <ul class="card-list">{stale.map((o) => row(o, true))}</ul>
        )}
      </section>
      <section aria-labelledby="all-title">
        <h2 id="all-title">Toutes les orientations ({data.orientations.length})</h2>
        <ul class="card-list">{data.orientations.map((o) => row(o, false))}</ul>
      </section>
    </Page>
  );
}
