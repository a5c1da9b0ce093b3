// What was done with one person: sessions (with their notes), orientations and pass numériques, latest
// first. Mountable on the person's file.
import { useContent } from '../../catalogue/content-store';
import { accompagnementsOf } from '../../db/accompagnements-repository';
import { orientationsOf } from '../../db/orientations-repository';
import { chequesOf } from '../../db/pass-numeriques-repository';
import { linkProps } from '../../ui/router';
import { passStatusLabels } from '../../labels/records';
import { duration, longDate, modeLabels, outcomeLabels, placeLabels } from './labels';
import { LoadingLine } from './Loading';
import { paths } from '../../routes/paths';
import { SessionNote } from './session/SessionNote';
import { useLocalContent } from '../../catalogue/local-content';
import { useDbQuery } from '../../ui/use-db-query';

/** The person's sessions, orientations and cheques (catalogue ids named from the content pack once loaded). */
export function PersonActivity({ beneficiaryId }: { beneficiaryId: string }) {
  const content = useContent();
  const pack = content.status === 'ready' ? content.pack : undefined;
  const local = useLocalContent();
  const partnerName = (id: string) => pack?.partners.find((p) => p.id === id)?.name ?? local.partners.find((p) => p.id === id)?.name ?? id;
  const demarcheTitle = (id: string) => pack?.demarches.find((d) => d.id === id)?.title ?? id;
  const query = useDbQuery(
    async (db) => {
      const [sessions, orientations, cheques] = await Promise.all([
        accompagnementsOf(db, beneficiaryId),
        orientationsOf(db, beneficiaryId),
        chequesOf(db, beneficiaryId),
      ]);
      return { sessions, orientations, cheques };
    },
    [beneficiaryId],
  );
  const { data } = query;
  if (!data) return <LoadingLine state={query} />;
  return (
    <div class="person-activity">
      <section aria-labelledby="person-sessions">
        <h2 id="person-sessions">Accompagnements ({data.sessions.length})</h2>
        {data.sessions.length === 0 && <p>Aucun accompagnement noté pour l’instant.</p>}
        <ul class="card-list">
          {data.sessions.map((s) => (
            <li key={s.id} class="card">
              <span class="card__title">
                {longDate(s.date)} · {duration(s.durationMinutes)}
              </span>
              <span class="card__meta">
                {placeLabels[s.place ?? 'inconnu']} · {modeLabels[s.mode ?? 'inconnu']}
                {s.mode === 'atelier' && s.theme ? ` : ${s.theme}` : ''}
              </span>
              {(s.demarcheIds ?? []).length > 0 && <span class="card__text">{(s.demarcheIds ?? []).map(demarcheTitle).join(', ')}</span>}
              <SessionNote session={s} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="person-orientations">
        <h2 id="person-orientations">Orientations ({data.orientations.length})</h2>
        <ul class="card-list">
          {data.orientations.map((o) => (
            <li key={o.id}>
              <a class="card" {...linkProps(paths.orientation({ orientationId: o.id }))}>
                <span class="card__title">{partnerName(o.partnerId ?? '')}</span>
                <span class="card__meta">
                  {longDate(o.date)} · {outcomeLabels[o.outcome ?? 'en-attente']}
                </span>
              </a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="person-pass">
        <h2 id="person-pass">Pass numériques ({data.cheques.length})</h2>
        <ul class="card-list">
          {data.cheques.map((c) => (
            <li key={c.id} class="card">
              <span class="card__title">Chèque n° {c.number}</span>
              <span class="card__meta">
                Remis le {longDate(c.handedOn)}
                {c.status === 'remis' || !c.status ? '' : ` · ${passStatusLabels[c.status].toLowerCase()}`}
                {c.atelier ? ` pour « ${c.atelier} »` : ''}
                {c.handOuts.length > 1 ? ' · remis deux fois : à résoudre' : ''}
              </span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
