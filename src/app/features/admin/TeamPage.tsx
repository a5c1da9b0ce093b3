// Équipe: the aidants of the caller's structures with role and state; add one (welcome sheet), change a role,
// deactivate or reactivate (confirmed), reset a password (temporary, shown once).
import { useState } from 'preact/hooks';
import type { AdminAidant } from '../../../shared/schema/admin';
import type { Role } from '../../../shared/schema/auth';
import { changeAidant, listAidants, listStructures, removeMembership, resetPassword, type AdminCaller } from '../../sync/admin-client';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { grantableRoles } from './AccountSelects';
import { AddAidantForm, type NewAccount } from './AddAidantForm';
import { AdminPage } from './AdminPage';
import { aidantState, roleLabels } from './labels';
import { AddMembershipForm, MembershipList } from './Memberships';
import { useAdminAction, useAdminLoad } from './use-admin';
import { WelcomeSheet } from './WelcomeSheet';

/** /reglages/administration/equipe. */
export function TeamPage() {
  return <AdminPage title="Équipe">{({ caller, role }) => <Team caller={caller} callerRole={role} />}</AdminPage>;
}

function Team({ caller, callerRole }: { caller: AdminCaller; callerRole: Role }) {
  const team = useAdminLoad(() => Promise.all([listAidants(caller), listStructures(caller)]), [caller.token]);
  const [sheet, setSheet] = useState<NewAccount | null>(null);
  const action = useAdminAction();
  const act = (work: () => Promise<void>) => action.run(async () => (await work(), team.reload()));
  if (team.state.status === 'loading') return <p>Chargement…</p>;
  if (team.state.status === 'failed') return <p role="alert">{team.state.message}</p>;
  const [aidants, structures] = team.state.data;
  return (
    <>
      {sheet && <WelcomeSheet {...sheet} onClose={() => setSheet(null)} />}
      <p class="field__error" role="alert">
        {action.error}
      </p>
      <div class="table-wrap no-print" role="region" aria-label="Les aidants" tabIndex={0}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Aidant</th>
              <th scope="col">Rôle</th>
              <th scope="col">État</th>
              <th scope="col">Actions</th>
            </tr>
          </thead>
          <tbody>
            {aidants.map((a) => (
              <AidantRow
                key={a.id}
                aidant={a}
                callerRole={callerRole}
                structures={structures}
                busy={action.busy}
                onLeave={(structureId) => void act(async () => void (await removeMembership(caller, a.id, structureId)))}
                onRole={(role) => void act(async () => void (await changeAidant(caller, a.id, { role })))}
                onDisabled={(disabled) => void act(async () => void (await changeAidant(caller, a.id, { disabled })))}
                onReset={() =>
                  void act(async () => setSheet({ name: a.name, email: a.email, password: await resetPassword(caller, a.id) }))
                }
              />
            ))}
          </tbody>
        </table>
      </div>
      <div class="no-print">
        <AddAidantForm
          caller={caller}
          callerRole={callerRole}
          structures={structures}
          onAdded={(account) => {
            setSheet(account);
            team.reload();
          }}
        />
        <AddMembershipForm caller={caller} callerRole={callerRole} structures={structures} onAdded={team.reload} />
      </div>
    </>
  );
}

function AidantRow(props: {
  aidant: AdminAidant;
  callerRole: Role;
  structures: { id: string; name: string }[];
  busy: boolean;
  onLeave: (structureId: string) => void;
  onRole: (role: Role) => void;
  onDisabled: (disabled: boolean) => void;
  onReset: () => void;
}) {
  const { aidant } = props;
  const roles = grantableRoles(props.callerRole);
  const locked = !roles.includes(aidant.role);
  return (
    <tr>
      <th scope="row">
        {aidant.name}
        <br />
        <small>{aidant.email}</small>
      </th>
      <td data-label="Rôle">
        {locked ? (
          roleLabels[aidant.role]
        ) : (
          <select
            aria-label={`Rôle de ${aidant.name}`}
            value={aidant.role}
            disabled={props.busy}
            onChange={(e) => props.onRole(e.currentTarget.value as Role)}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {roleLabels[r]}
              </option>
            ))}
          </select>
        )}
        {props.structures.length > 1 && (
          <MembershipList aidant={aidant} structures={props.structures} busy={props.busy} onRemove={props.onLeave} />
        )}
      </td>
      <td data-label="État">{aidantState(aidant)}</td>
      <td data-label="Actions">
        {aidant.disabled ? (
          <button type="button" class="button" disabled={props.busy} onClick={() => props.onDisabled(false)}>
            Réactiver
          </button>
        ) : (
          <ConfirmAction
            class="button button--danger-quiet"
            question={`Désactiver le compte de ${aidant.name} ? Ses appareils cessent aussitôt de synchroniser.`}
            confirmLabel="Oui, désactiver"
            disabled={props.busy}
            onConfirm={() => props.onDisabled(true)}
          >
            Désactiver
          </ConfirmAction>
        )}{' '}
        <ConfirmAction
          class="button button--quiet"
          question={`Donner un mot de passe provisoire à ${aidant.name} ? L’actuel ne marchera plus.`}
          confirmLabel="Oui, réinitialiser"
          disabled={props.busy || aidant.disabled}
          onConfirm={props.onReset}
        >
          Réinitialiser le mot de passe
        </ConfirmAction>
      </td>
    </tr>
  );
}
