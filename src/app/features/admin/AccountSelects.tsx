// The selects the team's forms share: the role to give (only an admin gives `admin`) and the structure.
import type { Role } from '../../../shared/schema/auth';
import { roleLabels } from './labels';

/** Roles the caller may give: only an admin gives `admin`. */
export function grantableRoles(callerRole: Role): Role[] {
  return callerRole === 'admin' ? ['aidant', 'coordinateur', 'admin'] : ['aidant', 'coordinateur'];
}

/** A labelled select of the roles the caller may give. */
export function RoleSelect(props: { id: string; label: string; callerRole: Role; value: Role; onChange: (role: Role) => void }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value as Role)}>
        {grantableRoles(props.callerRole).map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled select of structures, by name. */
export function StructureSelect(props: {
  id: string;
  label: string;
  structures: readonly { id: string; name: string }[];
  value: string;
  onChange: (structureId: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange(e.currentTarget.value)}>
        {props.structures.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  );
}
