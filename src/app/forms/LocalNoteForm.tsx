// The form of a local note under a national démarche (coordinateur, admin): Markdown text, and for an admin
// whether it goes to every structure of the territory.
import { useState } from 'preact/hooks';
import { maxLengthOf } from '../../shared/schema/collections';
import { deleteLocalRecord, saveLocalNote, type LocalNote } from '../db/local-content-repository';
import { ConfirmAction } from '../ui/ConfirmAction';
import { stampsOf } from '../db/record-state';
import { seenStamps } from './use-record-form';
import { useAppServices } from '../session/app-context';
import { Checkbox, TextArea } from './form-fields';
import { storedText, useLocalAuthor } from './local-author';

const MAX_BODY = maxLengthOf('localNotes', 'body') ?? 4000;

/** Adds a note under `demarcheId`, or changes `note`; `onDone` when saved or abandoned. */
export function LocalNoteForm({ demarcheId, note, onDone }: { demarcheId: string; note?: LocalNote; onDone: () => void }) {
  const { db } = useAppServices();
  const writer = useLocalAuthor();
  const [body, setBody] = useState(note?.body ?? '');
  // The text's stamp when the form opened: a colleague's version saved meanwhile is kept as a conflict.
  const [opened] = useState(() => ({ values: note?.body ?? null, stamps: note ? stampsOf(note) : null }));
  const [territory, setTerritory] = useState(writer?.admin ?? false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  if (!writer) return null;
  const save = async (event: Event) => {
    event.preventDefault();
    const text = storedText(body);
    if (!text) return setProblem('Écrivez la note avant de l’enregistrer.');
    if (text.length > MAX_BODY) return setProblem(`La note dépasse ${MAX_BODY} caractères : raccourcissez-la.`);
    if (note && text === note.body) return onDone();
    const by = writer.as(note ? !!note.territory : territory);
    await saveLocalNote(db, note?.id ?? null, note ? { body: text } : { demarcheId, body: text }, by, seenStamps(opened, ['body']));
    onDone();
  };
  return (
    <form class="form local-form" onSubmit={(e) => void save(e)} aria-label={note ? 'Modifier la note locale' : 'Ajouter une note locale'}>
      <TextArea
        id={`local-note-${note?.id ?? 'new'}`}
        label="Note locale"
        hint="Ce qui vaut ici (jours, lieux, rendez-vous). Pas de nom ni de situation d’une personne. Mise en forme : **gras**, listes avec « - »."
        value={body}
        onInput={setBody}
        rows={5}
        error={problem}
      />
      {writer.admin && !note && (
        <Checkbox id="local-note-territory" label="Pour toutes les structures du territoire" checked={territory} onChange={setTerritory} />
      )}
      <div class="form__actions">
        <button type="submit" class="button button--primary">
          Enregistrer la note
        </button>
        <button type="button" class="button" onClick={onDone}>
          Annuler
        </button>
        {note && (
          <ConfirmAction
            class="button button--danger-quiet"
            question="Supprimer cette note sur toutes les tablettes ?"
            confirmLabel="Oui, supprimer la note"
            onConfirm={() => void deleteLocalRecord(db, 'localNotes', note.id).then(onDone)}
          >
            Supprimer la note
          </ConfirmAction>
        )}
      </div>
    </form>
  );
}
