// Démarches nécessaires: picked from the catalogue with a search, plus the aidant's own entries.
import { useState } from 'preact/hooks';
import { useCatalogue } from '../../catalogue/content-store';
import { DemarchePicker } from '../../forms/DemarchePicker';
import type { StepProps } from './AnswerSteps';

/** The démarches the person needs. */
export function DemarchesStep({ answers, onChange }: StepProps) {
  const catalogue = useCatalogue();
  const [free, setFree] = useState('');
  const isCatalogue = (entry: string) => catalogue?.some((d) => d.id === entry) ?? false;
  const freeEntries = answers.demarchesNeeded.filter((entry) => !isCatalogue(entry));
  const add = () => {
    const entry = free.trim().slice(0, 120);
    if (entry === '' || answers.demarchesNeeded.includes(entry)) return;
    onChange({ demarchesNeeded: [...answers.demarchesNeeded, entry] });
    setFree('');
  };
  return (
    <>
      <DemarchePicker id="d-demarches" selected={answers.demarchesNeeded} onChange={(demarchesNeeded) => onChange({ demarchesNeeded })} />
      <div class="field">
        <label for="d-free">Autre besoin, en vos mots</label>
        <div class="inline-add">
          <input
            id="d-free"
            class="field__input"
            value={free}
            onInput={(e) => setFree((e.currentTarget as HTMLInputElement).value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" class="button" onClick={add}>
            Ajouter
          </button>
        </div>
      </div>
      {freeEntries.length > 0 && (
        <ul class="free-list" aria-label="Autres besoins">
          {freeEntries.map((entry) => (
            <li key={entry}>
              {entry}{' '}
              <button
                type="button"
                class="button button--small"
                aria-label={`Retirer « ${entry} »`}
                onClick={() => onChange({ demarchesNeeded: answers.demarchesNeeded.filter((e) => e !== entry) })}
              >
                Retirer
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
