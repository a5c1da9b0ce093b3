// The form of a workshop of the calendar (coordinateur, admin): what, when, for whom, where, how to register; for
// an admin, whether it goes to every structure of the territory.
import { useState } from 'preact/hooks';
import { localDate } from '../../shared/stats/period';
import type { WorkshopAudience } from '../../shared/schema/local-content';
import { saveWorkshop } from '../db/local-content-repository';
import { useAppServices } from '../session/app-context';
import { Checkbox, Choices, Radio, TextField } from './form-fields';
import { storedText, useLocalAuthor } from './local-author';

/** Adds a workshop; `onDone` when saved or abandoned. */
export function WorkshopForm({ onDone }: { onDone: () => void }) {
  const { db } = useAppServices();
  const writer = useLocalAuthor();
  const [fields, setFields] = useState({ title: '', date: '', time: '', place: '', link: '', registration: '' });
  const [audience, setAudience] = useState<WorkshopAudience>('aidants');
  const [territory, setTerritory] = useState(writer?.admin ?? false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  if (!writer) return null;
  const field = (name: keyof typeof fields, label: string, hint?: string) => (
    <TextField
      id={`workshop-${name}`}
      label={label}
      hint={hint}
      type={name === 'date' ? 'date' : 'text'}
      value={fields[name]}
      onInput={(value) => setFields({ ...fields, [name]: value })}
      error={name === 'title' || name === 'date' ? problem : undefined}
    />
  );
  const save = async (event: Event) => {
    event.preventDefault();
    const title = storedText(fields.title);
    if (!title || !/^\d{4}-\d{2}-\d{2}$/.test(fields.date)) return setProblem('Indiquez le titre et la date de l’atelier.');
    if (fields.date < localDate(db.now())) return setProblem('Cette date est passée : le calendrier montre les ateliers à venir.');
    const optional = { time: storedText(fields.time), place: storedText(fields.place), link: storedText(fields.link) };
    await saveWorkshop(
      db,
      { title, date: fields.date, audience, ...optional, registration: storedText(fields.registration) },
      writer.as(territory),
    );
    onDone();
  };
  return (
    <form class="form local-form" onSubmit={(e) => void save(e)} aria-label="Ajouter un atelier au calendrier">
      {field('title', 'Titre de l’atelier', 'Par exemple : Les arnaques en ligne')}
      {field('date', 'Date')}
      {field('time', 'Horaire (facultatif)', 'Par exemple : 14 h – 16 h 30')}
      <Choices legend="Pour qui">
        <Radio
          name="workshop-audience"
          value="aidants"
          label="Les aidants (les jeudis de l’inclusion numérique)"
          checked={audience === 'aidants'}
          onSelect={() => setAudience('aidants')}
        />
        <Radio
          name="workshop-audience"
          value="public"
          label="Le public"
          checked={audience === 'public'}
          onSelect={() => setAudience('public')}
        />
      </Choices>
      {field('place', 'Lieu (facultatif)', 'Une adresse, ou « en ligne »')}
      {field('link', 'Lien de la visio (facultatif)')}
      {field('registration', 'Inscription (facultatif)', 'Auprès de qui, et comment')}
      {writer.admin && (
        <Checkbox id="workshop-territory" label="Pour toutes les structures du territoire" checked={territory} onChange={setTerritory} />
      )}
      <div class="form__actions">
        <button type="submit" class="button button--primary">
          Ajouter l’atelier
        </button>
        <button type="button" class="button" onClick={onDone}>
          Annuler
        </button>
      </div>
    </form>
  );
}
