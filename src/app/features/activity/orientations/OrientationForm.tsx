// Referring a person to a partner: pick the partner (search, commune, theme), say why, then the slip.
import { useState } from 'preact/hooks';
import type { ContentPack } from '../../../../shared/schema/content';
import { localDate } from '../../../../shared/stats/period';
import { getBeneficiary } from '../../../db/beneficiaries-repository';
import { createOrientation } from '../../../db/orientations-repository';
import { useAppServices } from '../../../session/app-context';
import { Page } from '../../../ui/PagePlaceholder';
import { navigate } from '../../../ui/router';
import { filterPartners, type PartnerFilter } from '../../../catalogue/partner-filter';
import { PartnerFilters } from '../../../catalogue/PartnerFilters';
import { useLocalContent } from '../../../catalogue/local-content';
import { foldText } from '../../../search/normalize';
import { personName } from '../labels';
import { paths } from '../../../routes/paths';
import { CancelLink } from '../PersonActions';
import { DemarcheChips } from '../session/DemarcheChips';
import { useDbQuery } from '../../../ui/use-db-query';
import { Loading } from '../Loading';
import { PersonNotFound } from '../PersonNotFound';
import { takeReturn } from '../../../ui/flash';
import { personNeeds } from '../../../db/person-needs';

/** The orientation form for one person. */
export function OrientationForm({ beneficiaryId, pack }: { beneficiaryId: string; pack: ContentPack }) {
  const { db } = useAppServices();
  const query = useDbQuery(
    async (database) => ({ person: await getBeneficiary(database, beneficiaryId), needs: await personNeeds(database, beneficiaryId) }),
    [beneficiaryId],
  );
  const [filter, setFilter] = useState<PartnerFilter>({ query: '', commune: '', theme: '' });
  const [partnerId, setPartnerId] = useState('');
  const [reason, setReason] = useState('');
  const [demarcheIds, setDemarcheIds] = useState<string[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = query;
  if (!data) return <Loading title="Orienter vers un partenaire" state={query} />;
  if (!data.person) return <PersonNotFound />;
  const partners = filterPartners(pack, filter);
  const save = async (event: Event) => {
    event.preventDefault();
    if (!partnerId) return setProblem('Choisissez le partenaire vers qui orienter la personne.');
    const id = await createOrientation(db, {
      beneficiaryId,
      partnerId,
      date: localDate(db.now()),
      reason: reason.trim() || null,
      demarcheIds,
    });
    // The slip comes next, to print; it leads back to the person's file itself.
    takeReturn(beneficiaryId, '');
    navigate(paths.orientation({ orientationId: id }));
  };
  return (
    <Page title={`Orienter ${personName(data.person)}`}>
      <form class="form" onSubmit={(e) => void save(e)}>
        <PartnerFilters pack={pack} value={filter} onChange={setFilter} />
        <fieldset class="fieldset">
          <legend>Partenaire</legend>
          {partners.length === 0 && <p>Aucun partenaire national ne correspond à ces filtres.</p>}
          <div class="choice-list">
            <LocalPartnerChoices filter={filter} partnerId={partnerId} onSelect={setPartnerId} />
            {partners.map((p) => (
              <label key={p.id} class="choice">
                <input type="radio" name="partner" value={p.id} checked={partnerId === p.id} onChange={() => setPartnerId(p.id)} />
                <span>
                  <strong>{p.name}</strong> <span class="hint">({p.commune})</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <DemarcheChips
          suggested={suggestedForReferral(data.needs.demarches, partnerId, pack)}
          selected={demarcheIds}
          catalogue={pack.demarches}
          onChange={setDemarcheIds}
        />
        <label class="field-label" for="orientation-reason">
          Motif de l’orientation (facultatif)
        </label>
        <textarea
          id="orientation-reason"
          class="textarea"
          maxLength={2000}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
        />
        {problem && (
          <p class="notice-error" role="alert">
            {problem}
          </p>
        )}
        <div class="form__actions">
          <button type="submit" class="button button--primary">
            Enregistrer et préparer la fiche
          </button>
          <CancelLink beneficiaryId={beneficiaryId} fallback={paths.personActivity({ beneficiaryId })} />
        </div>
      </form>
    </Page>
  );
}

/** The chips of a referral: the person's démarches in progress, then those the chosen partner handles (six at most). */
/** The territory's own partners first, as radio buttons: they are where the aidant sends people most. */
function LocalPartnerChoices({
  filter,
  partnerId,
  onSelect,
}: {
  filter: PartnerFilter;
  partnerId: string;
  onSelect: (id: string) => void;
}) {
  const words = foldText(filter.query);
  const found = useLocalContent().partners.filter(
    (p) =>
      (!filter.commune || p.commune === filter.commune) && (!words || foldText([p.name, p.commune, p.notes].join(' ')).includes(words)),
  );
  return (
    <>
      {found.map((p) => (
        <label key={p.id} class="choice">
          <input type="radio" name="partner" value={p.id} checked={partnerId === p.id} onChange={() => onSelect(p.id)} />
          <span>
            <strong>{p.name}</strong> <span class="hint">({[p.commune, 'partenaire local'].filter(Boolean).join(', ')})</span>
          </span>
        </label>
      ))}
    </>
  );
}

function suggestedForReferral(current: string[], partnerId: string, pack: ContentPack): string[] {
  const known = new Set(pack.demarches.map((d) => d.id));
  const partners = pack.demarches.filter((d) => d.partnerId === partnerId).map((d) => d.id);
  return [...new Set([...current, ...partners])].filter((id) => known.has(id)).slice(0, 6);
}
