// "À relancer": the suivis not terminé whose follow-up date has come or that have not changed for 30 days.
import type { ContentPack } from '../../../shared/schema/content';
import { STALE_SUIVI_DAYS } from '../../../shared/schema/suivi';
import { listPeople } from '../../db/person-index';
import { listSuivis } from '../../db/suivis-repository';
import { formatDay } from '../../catalogue/format';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { todayIso } from '../../ui/dates';
import { displayName } from '../../ui/person-name';
import { useDbValue } from '../../ui/use-db-query';
import { statusLabels } from '../../labels/records';
import { followUpReason, toFollowUp } from './suivi-rules';
import { paths } from '../../routes/paths';

function useFollowUps() {
  return useDbValue(async (db) => {
    const [suivis, people] = await Promise.all([listSuivis(db), listPeople(db)]);
    const now = db.now();
    const today = todayIso(now);
    const byId = new Map(people.map((p) => [p.id, p]));
    return toFollowUp(suivis, today, now).map((suivi) => ({
      suivi,
      person: byId.get(suivi.beneficiaryId ?? ''),
      reason: followUpReason(suivi, today, now),
    }));
  }, []);
}

/** The page listing the suivis to follow up, oldest waiting first. */
export function FollowUpList({ pack }: { pack: ContentPack }) {
  const list = useFollowUps();
  return (
    <Page title="À relancer">
      <p class="back-link">
        <a {...linkProps(paths.demarches())}>← Démarches</a>
      </p>
      <p class="hint">Démarches non terminées dont la date de relance est arrivée, ou sans changement depuis {STALE_SUIVI_DAYS} jours.</p>
      {list === undefined ? (
        <p aria-busy="true">Chargement…</p>
      ) : list.length === 0 ? (
        <p>Rien à relancer pour l’instant.</p>
      ) : (
        <ul class="card-list">
          {list.map(({ suivi, person, reason }) => (
            <li key={suivi.id}>
              <a class="card" {...linkProps(paths.suivi({ id: suivi.id }))}>
                <span class="card__title">
                  {person ? displayName(person) : 'Personne inconnue'} —{' '}
                  {pack.demarches.find((d) => d.id === suivi.demarcheId)?.title ?? 'Démarche retirée du catalogue'}
                </span>
                <span class="card__meta">
                  {statusLabels[suivi.status ?? 'a-faire']} ·{' '}
                  {reason === 'date-arrivee' && suivi.followUpOn
                    ? `à relancer depuis le ${formatDay(suivi.followUpOn)}`
                    : `sans changement depuis le ${formatDay(todayIso(suivi.lastChangeAt))}`}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}

/** The link "À relancer (N)" on the catalogue's home. */
export function FollowUpLink() {
  const count = useDbValue(async (db) => toFollowUp(await listSuivis(db), todayIso(db.now()), db.now()).length, []);
  return (
    <p class="follow-up-link">
      <a class="button" {...linkProps(paths.followUps())}>
        À relancer ({count ?? '…'})
      </a>
    </p>
  );
}
