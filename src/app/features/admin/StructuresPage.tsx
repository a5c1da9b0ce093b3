// Structures (admin only): the territory's structures, rename one, create one.
import { useState } from 'preact/hooks';
import { TextField } from '../../forms/form-fields';
import { createStructure, listStructures, renameStructure, type AdminCaller } from '../../sync/admin-client';
import { AdminPage } from './AdminPage';
import { useAdminAction, useAdminLoad } from './use-admin';

/** /reglages/administration/structures. */
export function StructuresPage() {
  return (
    <AdminPage title="Structures" adminOnly>
      {({ caller }) => <Structures caller={caller} />}
    </AdminPage>
  );
}

function Structures({ caller }: { caller: AdminCaller }) {
  const structures = useAdminLoad(() => listStructures(caller), [caller.token]);
  const action = useAdminAction();
  const [name, setName] = useState('');
  if (structures.state.status === 'loading') return <p>Chargement…</p>;
  if (structures.state.status === 'failed') return <p role="alert">{structures.state.message}</p>;
  const act = (work: () => Promise<unknown>) => action.run(async () => (await work(), structures.reload()));
  return (
    <>
      <p class="field__error" role="alert">
        {action.error}
      </p>
      <ul class="structure-list">
        {structures.state.data.map((s) => (
          <li key={s.id}>
            <RenameStructure
              name={s.name}
              id={s.id}
              busy={action.busy}
              onRename={(next) => void act(() => renameStructure(caller, s.id, next))}
            />
          </li>
        ))}
      </ul>
      <form
        aria-labelledby="new-structure-title"
        onSubmit={(e) => {
          e.preventDefault();
          void act(async () => (await createStructure(caller, name.trim()), setName('')));
        }}
      >
        <h2 id="new-structure-title">Nouvelle structure</h2>
        <TextField id="new-structure-name" label="Nom de la structure" value={name} onInput={setName} required />
        <div class="form-actions">
          <button type="submit" class="button button--primary" disabled={action.busy || !name.trim()}>
            Créer la structure
          </button>
        </div>
      </form>
    </>
  );
}

function RenameStructure({ id, name, busy, onRename }: { id: string; name: string; busy: boolean; onRename: (name: string) => void }) {
  const [value, setValue] = useState(name);
  return (
    <form
      aria-label={`Renommer ${name}`}
      onSubmit={(e) => {
        e.preventDefault();
        onRename(value.trim());
      }}
    >
      <TextField id={`structure-${id}`} label={name} value={value} onInput={setValue} />
      <button type="submit" class="button" disabled={busy || !value.trim() || value.trim() === name}>
        Renommer
      </button>
    </form>
  );
}
