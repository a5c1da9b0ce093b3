// Who uses the tablet: the aidant's role and structure, from the stored session.
import type { Role } from '../../shared/schema/auth';
import { useAppServices, useSessionView } from './app-context';

/** The signed-in aidant's role in the structure worked for, that structure and the token (null before a login). */
export function useAccount(): { role: Role; structureId: string; structureName: string; token: string; aidantName: string } | null {
  const view = useSessionView(useAppServices().session);
  if (view.kind === 'none') return null;
  const { aidant, structure, token, structures } = view.session;
  const role = structures?.find((s) => s.id === structure.id)?.role ?? aidant.role;
  return { role, structureId: structure.id, structureName: structure.name, token, aidantName: aidant.name };
}

/** True for the roles that coordinate a team: statistics, content to check (coordinateur, admin). */
export function coordinates(role: Role | undefined): boolean {
  return role === 'coordinateur' || role === 'admin';
}
