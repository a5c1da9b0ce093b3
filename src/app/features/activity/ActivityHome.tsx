// /activite: find a person to log a session, and the way to sessions, orientations, pass, statistics, partners.
import { useEffect } from 'preact/hooks';
import { isStaleOrientation } from '../../../shared/stats/orientations';
import { lastTwelveMonths, localDate } from '../../../shared/stats/period';
import { listAccompagnements } from '../../db/accompagnements-repository';
import { listPeopleByName } from '../../db/people-lists';
import { listOrientations } from '../../db/orientations-repository';
import { listCheques } from '../../db/pass-numeriques-repository';
import { useAppServices } from '../../session/app-context';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps, navigate } from '../../ui/router';
import { structureStats } from './dashboard/structure-stats';
import { LoadingLine } from './Loading';
import { PersonPicker } from '../../forms/PersonPicker';
import { paths } from '../../routes/paths';
import { seesStatistics, useAccount } from './use-role';
import { useDbQuery } from '../../ui/use-db-query';
import { whenIdle } from '../../ui/idle';

/** The Activité home page. */
export function ActivityHome() {
  const { db } = useAppServices();
  const account = useAccount();
  const today = localDate(db.now());
  const query = useDbQuery(async (database) => {
    const [sessions, orientations, cheques, people] = await Promise.all([
      listAccompagnements(database),
      listOrientations(database),
      listCheques(database),
      listPeopleByName(database),
    ]);
    return {
      people,
      thisMonth: sessions.filter((s) => (s.date ?? '').startsWith(today.slice(0, 7))).length,
      stale: orientations.filter((o) => isStaleOrientation(o, today)).length,
      inStock: cheques.filter((c) => c.status === 'en-stock').length,
      doubles: cheques.filter((c) => c.handOuts.length > 1).length,
    };
  });
  const { data } = query;
  usePreparedStatistics(data !== undefined && seesStatistics(account?.role), today);
  const tile = (path: string, title: string, text: string) => (
    <li>
      <a class="tile" {...linkProps(path)}>
        <span class="tile__title">{title}</span>
        <span class="tile__text">{text}</span>
      </a>
    </li>
  );
  return (
    <Page title="Activité">
      <section aria-labelledby="log-title" class="panel">
        <h2 id="log-title">Noter un accompagnement</h2>
        {data ? (
          <PersonPicker
            people={data.people}
            label="Chercher la personne (nom ou commune)"
            onPick={(p) => navigate(paths.personActivity({ beneficiaryId: p.id }))}
          />
        ) : (
          <LoadingLine state={query} />
        )}
      </section>
      <ul class="tiles" aria-label="Suivi de l’activité">
        {tile(paths.sessions(), 'Accompagnements', data ? `${data.thisMonth} ce mois-ci, ateliers compris` : '…')}
        {tile(paths.orientations(), 'Orientations', data ? `${data.stale} sans nouvelles depuis 30 jours` : '…')}
        {tile(
          paths.pass(),
          'Pass numériques',
          data ? `${data.inStock} en stock${data.doubles ? ` · ${data.doubles} remis deux fois, à résoudre` : ''}` : '…',
        )}
        {seesStatistics(account?.role) && tile(paths.stats(), 'Statistiques', 'Tableau de bord et export CSV pour les financeurs')}
        {tile(paths.partners(), 'Partenaires', 'Annuaire des organismes et structures locales')}
      </ul>
    </Page>
  );
}

/**
 * For a coordinator, the dashboard's report of the last twelve months is computed in idle time once the
 * home page is shown (it is kept until a record changes): the dashboard then opens without a wait.
 */
function usePreparedStatistics(wanted: boolean, today: string): void {
  const { db } = useAppServices();
  useEffect(() => {
    if (!wanted) return;
    return whenIdle(() => void structureStats(db, lastTwelveMonths(today)).catch(() => undefined), 3_000);
  }, [db, wanted, today]);
}
