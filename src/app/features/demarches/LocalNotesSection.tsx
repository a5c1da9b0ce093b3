// Under a national démarche: the notes the territory keeps about it ("À Nérac, la CAF reçoit le mardi"),
// with who wrote them and when; a coordinateur or an admin adds and changes them here.
import { useState } from 'preact/hooks';
import { notesOf, useLocalContent } from '../../catalogue/local-content';
import { LocalNoteList } from '../../catalogue/LocalNotes';
import { useLocalAuthor } from '../../forms/local-author';
import { LocalNoteForm } from '../../forms/LocalNoteForm';

/** The local notes of `demarcheId`, and their forms for those who may write them. */
export function LocalNotesSection({ demarcheId }: { demarcheId: string }) {
  const notes = notesOf(useLocalContent(), demarcheId);
  const writer = useLocalAuthor();
  const [editing, setEditing] = useState<string | null>(null);
  if (notes.length === 0 && !writer) return null;
  return (
    <section aria-labelledby="demarche-local" class="local">
      <h2 id="demarche-local">Ce qui vaut ici</h2>
      {notes.length === 0 && <p>Aucune note locale pour cette démarche.</p>}
      <LocalNoteList
        notes={notes}
        actions={(note) =>
          writer &&
          (editing === note.id ? (
            <LocalNoteForm demarcheId={demarcheId} note={note} onDone={() => setEditing(null)} />
          ) : (
            <button type="button" class="button button--small no-print" onClick={() => setEditing(note.id)}>
              Modifier la note
            </button>
          ))
        }
      />
      {writer &&
        (editing === 'new' ? (
          <LocalNoteForm demarcheId={demarcheId} onDone={() => setEditing(null)} />
        ) : (
          <button type="button" class="button no-print" onClick={() => setEditing('new')}>
            Ajouter une note locale
          </button>
        ))}
    </section>
  );
}
