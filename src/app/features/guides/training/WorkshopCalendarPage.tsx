// /guides/se-former/calendrier: the territory's coming workshops, for the aidants (les jeudis de l'inclusion
// numérique) and for the public, from the tablet (offline); a coordinator or an admin adds and removes them,
// and an atelier for the public is noted in Activité from here.
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/stats/period';
import { formatDay } from '../../../catalogue/format';
import { deleteLocalRecord, listWorkshops, type Workshop } from '../../../db/local-content-repository';
import { useLocalAuthor } from '../../../forms/local-author';
import { WorkshopForm } from '../../../forms/WorkshopForm';
import { paths } from '../../../routes/paths';
import { useAppServices } from '../../../session/app-context';
import { ConfirmAction } from '../../../ui/ConfirmAction';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps } from '../../../ui/router';
import { useDbQuery } from '../../../ui/use-db-query';

/** The calendar page. */
export function WorkshopCalendarPage() {
  const { db } = useAppServices();
  const writer = useLocalAuthor();
  const [adding, setAdding] = useState(false);
  const today = localDate(db.now());
  const query = useDbQuery((database) => listWorkshops(database, today), [today]);
  const workshops = query.data ?? [];
  return (
    <Page title="Calendrier des ateliers">
      <p class="back-link">
        <a {...linkProps(paths.training())}>← Se former</a>
      </p>
      {writer &&
        (adding ? (
          <WorkshopForm onDone={() => setAdding(false)} />
        ) : (
          <p>
            <button type="button" class="button" onClick={() => setAdding(true)}>
              Ajouter un atelier
            </button>
          </p>
        ))}
      <WorkshopList title="Pour les aidants" workshops={workshops.filter((w) => w.audience === 'aidants')} removable={!!writer} />
      <WorkshopList title="Pour le public" workshops={workshops.filter((w) => w.audience === 'public')} removable={!!writer} />
    </Page>
  );
}

function WorkshopList({ title, workshops, removable }: { title: string; workshops: readonly Workshop[]; removable: boolean }) {
  return (
    <section aria-label={title}>
      <h2>{title}</h2>
      {workshops.length === 0 ? (
        <p>Aucun atelier prévu pour l’instant.</p>
      ) : (
        <ul class="card-list">
          {workshops.map((w) => (
            <li key={w.id}>
              <WorkshopCard workshop={w} removable={removable} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function WorkshopCard({ workshop: w, removable }: { workshop: Workshop; removable: boolean }) {
  const { db } = useAppServices();
  return (
    <article class="card">
      <h3 class="card__title">{w.title}</h3>
      <p class="card__meta">
        {formatDay(w.date ?? '')}
        {w.time ? ` · ${w.time}` : ''}
      </p>
      {w.place && <p>Lieu : {w.place}</p>}
      {w.link && <p>Lien : {w.link}</p>}
      {w.registration && <p>Inscription : {w.registration}</p>}
      {w.audience === 'public' && (
        <p>
          <a class="button" {...linkProps(paths.atelierFromWorkshop({ workshopId: w.id }))}>
            Noter cet atelier
          </a>
        </p>
      )}
      {removable && (
        <ConfirmAction
          class="button button--danger-quiet"
          question={`Retirer « ${w.title} » du calendrier, sur toutes les tablettes ?`}
          confirmLabel="Oui, retirer"
          onConfirm={() => void deleteLocalRecord(db, 'workshops', w.id)}
        >
          Retirer
        </ConfirmAction>
      )}
    </article>
  );
}
