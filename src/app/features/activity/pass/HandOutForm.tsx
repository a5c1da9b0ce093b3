// Handing a pass numérique to a person: the first cheque in stock is proposed, for an atelier or a training.
import { useState } from 'preact/hooks';
import { localDate } from '../../../../shared/stats/period';
import { getBeneficiary } from '../../../db/beneficiaries-repository';
import { handOutCheque, listCheques, PassRuleError } from '../../../db/pass-numeriques-repository';
import { useAppServices } from '../../../session/app-context';
import { Page } from '../../../ui/PagePlaceholder';
import { linkProps, navigate } from '../../../ui/router';
import { setFlash, takeReturn } from '../../../ui/flash';
import { personName } from '../labels';
import { paths } from '../../../routes/paths';
import { CancelLink } from '../PersonActions';
import { useDbQuery } from '../../../ui/use-db-query';
import { Loading } from '../Loading';
import { PersonNotFound } from '../PersonNotFound';

/** The hand-out form for one person. */
export function HandOutForm({ beneficiaryId }: { beneficiaryId: string }) {
  const { db } = useAppServices();
  const query = useDbQuery(
    async (database) => ({
      person: await getBeneficiary(database, beneficiaryId),
      inStock: (await listCheques(database)).filter((c) => c.status === 'en-stock'),
    }),
    [beneficiaryId],
  );
  const [chequeId, setChequeId] = useState('');
  const [atelier, setAtelier] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { data } = query;
  if (!data) return <Loading title="Remettre un pass numérique" state={query} />;
  if (!data.person) return <PersonNotFound />;
  const chosen = chequeId || data.inStock[0]?.id || '';
  const submit = async (event: Event) => {
    event.preventDefault();
    try {
      await handOutCheque(db, chosen, { beneficiaryId, handedOn: localDate(db.now()), atelier: atelier.trim() || null });
      setFlash('Pass numérique remis.');
      navigate(takeReturn(beneficiaryId, paths.personActivity({ beneficiaryId })));
    } catch (error) {
      setProblem(error instanceof PassRuleError ? error.message : 'Le chèque n’a pas pu être remis.');
    }
  };
  return (
    <Page title={`Remettre un pass numérique à ${personName(data.person)}`}>
      {data.inStock.length === 0 ? (
        <p>
          Plus aucun chèque en stock sur cette tablette. <a {...linkProps(paths.pass())}>Ajouter un carnet</a>
        </p>
      ) : (
        <form class="form" onSubmit={(e) => void submit(e)}>
          <label class="field" for="handout-cheque">
            <span class="field-label">Chèque ({data.inStock.length} en stock)</span>
            <select id="handout-cheque" class="select" value={chosen} onChange={(e) => setChequeId(e.currentTarget.value)}>
              {data.inStock.map((c) => (
                <option key={c.id} value={c.id}>
                  N° {c.number} — {((c.valueCents ?? 0) / 100).toLocaleString('fr-FR')}
                  {'\u00a0€'}
                  {c.bookletNumber ? ` (carnet ${c.bookletNumber})` : ''}
                </option>
              ))}
            </select>
          </label>
          <label class="field" for="handout-atelier">
            <span class="field-label">Pour quel atelier ou quelle formation (facultatif)</span>
            <input id="handout-atelier" class="input" maxLength={200} value={atelier} onInput={(e) => setAtelier(e.currentTarget.value)} />
          </label>
          {problem && (
            <p class="notice-error" role="alert">
              {problem}
            </p>
          )}
          <div class="form__actions">
            <button type="submit" class="button button--primary">
              Remettre ce chèque
            </button>
            <CancelLink beneficiaryId={beneficiaryId} fallback={paths.personActivity({ beneficiaryId })} />
          </div>
        </form>
      )}
    </Page>
  );
}
