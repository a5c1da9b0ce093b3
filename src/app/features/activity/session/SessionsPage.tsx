// /activite/seances: every session logged on the tablet, latest first, and a new atelier.
import type { ContentPack } from '../../../../shared/schema/content';
import { listAccompagnements } from '../../../db/accompagnements-repository';
import { listPeople } from '../../../db/person-index';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { useFlash } from '../../../ui/flash';
import { duration, longDate, modeLabels, personName, placeLabels } from '../labels';
import { paths } from '../../../routes/paths';
import { useDbQuery } from '../../../ui/use-db-query';
import { Loading } from '../Loading';
import { CoopExportPanel } from '../coop/CoopExportPanel';

/** Sessions shown at once (the latest). */
const SHOWN = 100;

/** The sessions page. */
export function SessionsPage({ pack }: { pack: ContentPack }) {
  const flash = useFlash();
  const query = useDbQuery(async (db) => ({ sessions: await listAccompagnements(db), people: await listPeople(db) }));
  const { data } = query;
  if (!data) return <Loading title="Accompagnements" state={query} />;
  const names = new Map(data.people.map((p) => [p.id, personName(p)]));
  const titles = new Map(pack.demarches.map((d) => [d.id, d.title]));
  return (
    <Page title="Accompagnements">
      <p class="back-link no-print">
        <a {...linkProps(paths.activity())}>← Activité</a>
      </p>
      {flash && (
        <p class="notice notice--ok" role="status">
          {flash}
        </p>
      )}
      <div class="actions">
        <a class="button button--primary button--link" {...linkProps(paths.atelier())}>
          Nouvel atelier
        </a>
      </div>
      <CoopExportPanel pack={pack} />
      <p>
        {data.sessions.length} accompagnement{data.sessions.length > 1 ? 's' : ''} sur cette tablette
        {data.sessions.length > SHOWN ? ` (les ${SHOWN} plus récents ci-dessous)` : ''}.
      </p>
      <ul class="card-list">
        {data.sessions.slice(0, SHOWN).map((s) => (
          <li key={s.id} class="card">
            <span class="card__title">
              {s.mode === 'atelier'
                ? `Atelier${s.theme ? ` « ${s.theme} »` : ''} · ${(s.participantIds ?? []).length} participants`
                : (names.get(s.beneficiaryId ?? '') ?? 'Personne effacée')}
            </span>
            <span class="card__meta">
              {longDate(s.date)} · {duration(s.durationMinutes)} · {placeLabels[s.place ?? 'inconnu']} · {modeLabels[s.mode ?? 'inconnu']}
            </span>
            {(s.demarcheIds ?? []).length > 0 && (
              <span class="card__text">{(s.demarcheIds ?? []).map((id) => titles.get(id) ?? id).join(', ')}</span>
            )}
          </li>
        ))}
      </ul>
    </Page>
  );
}
