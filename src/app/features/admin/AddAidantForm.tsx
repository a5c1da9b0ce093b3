// Équipe, "Ajouter un aidant": name, e-mail, role and structure; the endpoint answers a temporary password.
import { useState } from 'preact/hooks';
import type { Role } from '../../../shared/schema/auth';
import { TextField } from '../../forms/form-fields';
import { addAidant, type AdminCaller } from '../../sync/admin-client';
import { roleLabels } from './labels';
import { useAdminAction } from './use-admin';

/** Roles the caller may give: only an admin gives `admin`. */
export function grantableRoles(callerRole: Role): Role[] {
  return callerRole === 'admin' ? ['aidant', 'coordinateur', 'admin'] : ['aidant', 'coordinateur'];
}

export interface NewAccount {
  name: string;
  email: string;
  password: string;
}

/** The form; `onAdded` receives the new account and its temporary password. */
export function AddAidantForm(props: {
  caller: AdminCaller;
  callerRole: Role;
  structures: { id: string; name: string }[];
  onAdded: (account: NewAccount) => void;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('aidant');
  const [structureId, setStructureId] = useState(props.structures[0]?.id ?? '');
  const action = useAdminAction();
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      const answer = await addAidant(props.caller, { name: name.trim(), email: email.trim(), role, structureId });
      setName('');
      setEmail('');
      props.onAdded({ name: answer.aidant.name, email: answer.aidant.email, password: answer.temporaryPassword });
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="add-aidant-title" noValidate>
      <h2 id="add-aidant-title">Ajouter un aidant</h2>
      <TextField id="add-aidant-name" label="Prénom et nom" value={name} onInput={setName} required />
      <TextField id="add-aidant-email" label="Adresse e-mail" type="email" value={email} onInput={setEmail} required />
      <div class="field">
        <label for="add-aidant-role">Rôle</label>
        <select id="add-aidant-role" value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
          {grantableRoles(props.callerRole).map((r) => (
            <option key={r} value={r}>
              {roleLabels[r]}
            </option>
          ))}
        </select>
      </div>
      {props.structures.length > 1 && (
        <div class="field">
          <label for="add-aidant-structure">Structure</label>
          <select id="add-aidant-structure" value={structureId} onChange={(e) => setStructureId(e.currentTarget.value)}>
            {props.structures.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <p class="field__error" role="alert">
        {action.error}
      </p>
      <div class="form-actions">
        <button type="submit" class="button button--primary" disabled={action.busy || !name.trim() || !email.trim() || !structureId}>
          Ajouter l’aidant
        </button>
      </div>
    </form>
  );
}
