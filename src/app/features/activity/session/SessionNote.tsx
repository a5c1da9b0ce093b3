// A logged session's note on its card: the text, a way to add or change it, and the versions typed at the
// same time on two tablets (the change form opens by itself while there are some).
import { useEffect, useState } from 'preact/hooks';
import { updateAccompagnement, type Accompagnement } from '../../../db/accompagnements-repository';
import { useAppServices } from '../../../session/app-context';
import { FreeTextField } from '../../../forms/FreeTextField';
import { stampOf } from '../../../forms/use-record-form';

/** The note of `session`, and its form ("Ajouter une note" when it has none). */
export function SessionNote({ session }: { session: Accompagnement }) {
  const { db } = useAppServices();
  const versions = session.conflicts.note ?? [];
  const hasVersions = versions.length > 0;
  // Opened when versions arrive, never closed under the aidant's finger (saving resolves them).
  const [open, setOpen] = useState(hasVersions);
  useEffect(() => void (hasVersions && setOpen(true)), [hasVersions]);
  return (
    <>
      {session.note !== null && <p class="notes">{session.note}</p>}
      <details class="session-details" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{session.note === null && !hasVersions ? 'Ajouter une note' : 'Modifier la note'}</summary>
        {/* Mounted once opened: a file with many sessions reads no draft for the notes nobody opens. */}
        {open && (
          <div class="form">
            <FreeTextField
              label="Note de l’accompagnement"
              value={session.note}
              seen={stampOf(session, 'note')}
              versions={versions}
              of="de la note"
              action="Modifiez la note ci-dessous pour garder ce qui compte, puis enregistrez-la."
              maxLength={5000}
              saveLabel="Enregistrer la note"
              savedMessage="Note enregistrée."
              draftKey={`${session.beneficiaryId ?? 'atelier'}:accompagnements:${session.id}:note`}
              onSave={(note, seen) => updateAccompagnement(db, session.id, { note }, { note: seen })}
            />
          </div>
        )}
      </details>
    </>
  );
}
