// Adding a booklet of cheques to the structure's stock: its number, the first cheque's, how many, value.
import { useState } from 'preact/hooks';
import { DEFAULT_PASS_VALUE_CENTS } from '../../../../shared/schema/pass-numerique';
import { addBooklet, PassRuleError } from '../../../db/pass-numeriques-repository';
import { useAppServices } from '../../../session/app-context';

/** The "Ajouter un carnet" form. */
export function AddBookletForm() {
  const { db } = useAppServices();
  const [booklet, setBooklet] = useState('');
  const [first, setFirst] = useState('');
  const [count, setCount] = useState('10');
  const [euros, setEuros] = useState(String(DEFAULT_PASS_VALUE_CENTS / 100));
  const [expiresOn, setExpiresOn] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const cents = Math.round(Number(euros.replace(',', '.')) * 100);
    if (!Number.isFinite(cents) || cents < 0)
      return setMessage({ ok: false, text: 'La valeur d’un chèque doit être un montant en euros, par exemple 10.' });
    try {
      const ids = await addBooklet(db, {
        bookletNumber: booklet.trim() || null,
        firstNumber: first,
        count: Number(count),
        valueCents: cents,
        expiresOn: expiresOn || null,
      });
      setMessage({ ok: true, text: `${ids.length} chèques ajoutés au stock.` });
      setFirst('');
    } catch (error) {
      setMessage({ ok: false, text: error instanceof PassRuleError ? error.message : 'Le carnet n’a pas pu être ajouté.' });
    }
  };
  const field = (id: string, label: string, value: string, set: (v: string) => void, extra: Record<string, unknown> = {}) => (
    <label class="field" for={id}>
      <span class="field-label">{label}</span>
      <input id={id} class="input" value={value} onInput={(e) => set(e.currentTarget.value)} {...extra} />
    </label>
  );
  return (
    <form class="form booklet-form" onSubmit={(e) => void submit(e)}>
      <h2>Ajouter un carnet</h2>
      <div class="filters__row">
        {field('booklet-number', 'N° du carnet (facultatif)', booklet, setBooklet)}
        {field('booklet-first', 'N° du premier chèque', first, setFirst, { required: true })}
        {field('booklet-count', 'Nombre de chèques', count, setCount, {
          type: 'number',
          min: 1,
          max: 100,
          inputMode: 'numeric',
          required: true,
        })}
        {field('booklet-value', 'Valeur d’un chèque (€)', euros, setEuros, { inputMode: 'decimal' })}
        {field('booklet-expires', 'Valable jusqu’au', expiresOn, setExpiresOn, { type: 'date' })}
      </div>
      {message && (
        <p class={message.ok ? 'notice notice--ok' : 'notice-error'} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      <button type="submit" class="button button--primary">
        Ajouter au stock
      </button>
    </form>
  );
}
