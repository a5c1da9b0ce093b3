// The démarches followed for one person, on their file: each with its status and progress, the needs
// of their last diagnostic not started yet (one tap to start), and "Ajouter une démarche" with a search
// in the catalogue.
import { useId, useState } from 'preact/hooks';
import type { Demarche } from '../../../shared/schema/content';
import { startSuivi, suivisOf } from '../../db/suivis-repository';
import { useContent } from '../../catalogue/content-store';
import { useAppServices } from '../../session/app-context';
import { linkProps, navigate } from '../../ui/router';
import { todayIso } from '../../ui/dates';
import { useDbValue } from '../../ui/use-db-query';
import { foldText } from '../../search/normalize';
import { statusLabels } from '../../labels/records';
import { checklistRows } from './suivi-rules';
import { paths } from '../../routes/paths';

const MAX_SHOWN = 8;

/** Starts the démarche `demarcheId` for the person and opens its checklist. */
function useStartSuivi(beneficiaryId: string): (demarcheId: string) => Promise<void> {
  const { db } = useAppServices();
  return async (demarcheId) => {
    const suiviId = await startSuivi(db, { beneficiaryId, demarcheId, startedOn: todayIso(db.now()) });
    navigate(paths.suivi({ id: suiviId }));
  };
}

/** The "Démarches suivies" section of a person's file; `needed`: the démarches their last diagnostic listed. */
export function PersonSuivis({ beneficiaryId, needed = [] }: { beneficiaryId: string; needed?: readonly string[] }) {
  const content = useContent();
  const demarches = content.status === 'ready' ? content.pack.demarches : [];
  const suivis = useDbValue((db) => suivisOf(db, beneficiaryId), [beneficiaryId]);
  // Needs written in the aidant's own words are not in the catalogue: only catalogue démarches can start.
  const toStart = suivis ? demarches.filter((d) => needed.includes(d.id) && !suivis.some((s) => s.demarcheId === d.id)) : [];
  return (
    <section aria-labelledby="file-suivis">
      <h2 id="file-suivis">Démarches suivies</h2>
      {suivis === undefined ? (
        <p aria-busy="true">Chargement…</p>
      ) : suivis.length === 0 ? (
        <p>Aucune démarche commencée.</p>
      ) : (
        <ul class="card-list">
          {suivis.map((suivi) => {
            const demarche = demarches.find((d) => d.id === suivi.demarcheId);
            const rows = [...checklistRows(demarche, suivi.ticks, 'step'), ...checklistRows(demarche, suivi.ticks, 'document')];
            return (
              <li key={suivi.id}>
                <a class="card" {...linkProps(paths.suivi({ id: suivi.id }))}>
                  <span class="card__title">{demarche?.title ?? 'Démarche retirée du catalogue'}</span>
                  <span class="card__meta">
                    {statusLabels[suivi.status ?? 'a-faire']} · {rows.filter((r) => r.checked).length} sur {rows.length} cochées
                  </span>
                </a>
              </li>
            );
          })}
        </ul>
      )}
      {toStart.length > 0 && (
        <div class="no-print">
          <h3>Besoins relevés au dernier diagnostic</h3>
          <StartButtons demarches={toStart} beneficiaryId={beneficiaryId} />
        </div>
      )}
      {demarches.length > 0 && <AddDemarche beneficiaryId={beneficiaryId} demarches={demarches} />}
    </section>
  );
}

/** A button per démarche, "Commencer cette démarche" for the person. */
function StartButtons({ demarches, beneficiaryId }: { demarches: Demarche[]; beneficiaryId: string }) {
  const start = useStartSuivi(beneficiaryId);
  return (
    <ul class="card-list">
      {demarches.map((demarche) => (
        <li key={demarche.id}>
          <button type="button" class="card card--button" onClick={() => void start(demarche.id)}>
            <span class="card__title">{demarche.title}</span>
            <span class="card__meta">Commencer cette démarche</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** "Ajouter une démarche": search the catalogue by title or summary, start the chosen one. */
function AddDemarche({ beneficiaryId, demarches }: { beneficiaryId: string; demarches: Demarche[] }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const words = foldText(query).split(/\s+/).filter(Boolean);
  const found =
    words.length === 0
      ? []
      : demarches.filter((d) => words.every((w) => foldText(`${d.title} ${d.operator} ${d.summary}`).includes(w))).slice(0, MAX_SHOWN);
  return (
    <div class="add-demarche no-print">
      <label for={id} class="field-label">
        Ajouter une démarche (chercher dans le catalogue)
      </label>
      <input id={id} class="input" type="search" autocomplete="off" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      {words.length > 0 && found.length === 0 && <p class="hint">Aucune démarche ne correspond.</p>}
      <StartButtons demarches={found} beneficiaryId={beneficiaryId} />
    </div>
  );
}
