// The structure the tablet works for, in the header, when the account belongs to several (a secrétaire de
// mairie serving three communes): one tap on the list changes it. The tablet holds one structure's files at
// a time: what is pending is sent first, then the other structure's files are brought.
import { useState } from 'preact/hooks';
import { useAppServices, useSessionView } from '../../session/app-context';

/** The switcher, or nothing for an account of one structure. */
export function StructureSwitcher() {
  const { session, syncLoop } = useAppServices();
  const view = useSessionView(session);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  if (view.kind !== 'active') return null;
  const structures = view.session.structures ?? [];
  if (structures.length < 2) return null;
  const change = async (id: string) => {
    setBusy(true);
    setProblem(null);
    try {
      await syncLoop.syncNow();
      await session.switchStructure(id);
      await syncLoop.syncNow();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : 'Le changement de structure n’a pas abouti. Réessayez.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <div class="structure-switcher">
      <label for="structure-switcher">Structure</label>
      <select
        id="structure-switcher"
        value={view.session.structure.id}
        disabled={busy}
        onChange={(e) => void change(e.currentTarget.value)}
      >
        {structures.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      {problem && (
        <p class="structure-switcher__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** What the tablet did with the structures on its own (a structure left: its files removed), until read. */
export function StructureNotice() {
  const { session } = useAppServices();
  const view = useSessionView(session);
  if (view.kind !== 'active' || !view.session.notice) return null;
  return (
    <div class="notice" role="alert">
      <p>{view.session.notice}</p>
      <button type="button" class="button" onClick={() => void session.dismissNotice()}>
        J’ai compris
      </button>
    </div>
  );
}
