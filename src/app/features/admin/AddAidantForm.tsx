// Équipe, "Ajouter un aidant": name, e-mail, role and structure; the endpoint answers a temporary password.
import { useState } from 'preact/hooks';
import type { Role } from '../../../shared/schema/auth';
import { TextField } from '../../forms/form-fields';
import { addAidant, type AdminCaller } from '../../sync/admin-client';
import { RoleSelect, StructureSelect } from './AccountSelects';
import { useAdminAction } from './use-admin';

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
      <RoleSelect id="add-aidant-role" label="Rôle" callerRole={props.callerRole} value={role} onChange={setRole} />
      {props.structures.length > 1 && (
        <StructureSelect
          id="add-aidant-structure"
          label="Structure"
          structures={props.structures}
          value={structureId}
          onChange={setStructureId}
        />
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
