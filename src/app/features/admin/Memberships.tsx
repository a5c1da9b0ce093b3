// Équipe, for a caller of several structures: where each aidant works (a role per structure), an existing
// account added to another structure, and a structure left (its devices then no longer sync it).
import { useState } from 'preact/hooks';
import type { AdminAidant } from '../../../shared/schema/admin';
import type { Role } from '../../../shared/schema/auth';
import { TextField } from '../../forms/form-fields';
import { addMembership, type AdminCaller } from '../../sync/admin-client';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { RoleSelect, StructureSelect } from './AccountSelects';
import { roleLabels } from './labels';
import { useAdminAction } from './use-admin';

type Structures = { id: string; name: string }[];

/** The aidant's structures with the role in each, and « Retirer » while another one remains. */
export function MembershipList(props: {
  aidant: AdminAidant;
  structures: Structures;
  busy: boolean;
  onRemove: (structureId: string) => void;
}) {
  const names = new Map(props.structures.map((s) => [s.id, s.name]));
  const { aidant } = props;
  return (
    <ul class="membership-list">
      {aidant.memberships.map((m) => (
        <li key={m.structureId}>
          {names.get(m.structureId) ?? m.structureId} ({roleLabels[m.role]})
          {aidant.memberships.length > 1 && (
            <ConfirmAction
              class="button button--quiet"
              question={`Retirer ${aidant.name} de « ${names.get(m.structureId) ?? m.structureId} » ? Ses appareils ne synchroniseront plus ses dossiers.`}
              confirmLabel="Oui, retirer"
              disabled={props.busy}
              onConfirm={() => props.onRemove(m.structureId)}
            >
              Retirer
            </ConfirmAction>
          )}
        </li>
      ))}
    </ul>
  );
}

/** « Ajouter un compte existant à une structure »: e-mail, structure, role. */
export function AddMembershipForm(props: { caller: AdminCaller; callerRole: Role; structures: Structures; onAdded: () => void }) {
  const [email, setEmail] = useState('');
  const [structureId, setStructureId] = useState(props.structures[0]?.id ?? '');
  const [role, setRole] = useState<Role>('aidant');
  const action = useAdminAction();
  const submit = (event: Event) => {
    event.preventDefault();
    void action.run(async () => {
      await addMembership(props.caller, { email: email.trim(), structureId, role });
      setEmail('');
      props.onAdded();
    });
  };
  return (
    <form onSubmit={submit} aria-labelledby="add-membership-title" noValidate>
      <h2 id="add-membership-title">Ajouter un compte existant à une structure</h2>
      <p>Pour un aidant qui sert plusieurs communes : un seul compte, un rôle dans chaque structure.</p>
      <TextField id="add-membership-email" label="Adresse e-mail du compte" type="email" value={email} onInput={setEmail} required />
      <StructureSelect
        id="add-membership-structure"
        label="Structure à rejoindre"
        structures={props.structures}
        value={structureId}
        onChange={setStructureId}
      />
      <RoleSelect
        id="add-membership-role"
        label="Rôle dans cette structure"
        callerRole={props.callerRole}
        value={role}
        onChange={setRole}
      />
      <p class="field__error" role="alert">
        {action.error}
      </p>
      <div class="form-actions">
        <button type="submit" class="button button--primary" disabled={action.busy || !email.trim() || !structureId}>
          Ajouter à la structure
        </button>
      </div>
    </form>
  );
}
