// Who uses the tablet, for the activity pages: the account (src/app/session) and who sees the statistics.
import type { Role } from '../../../shared/schema/auth';
import { coordinates } from '../../session/use-account';

export { useAccount } from '../../session/use-account';

/** True for the roles that see the statistics (coordinateur, admin). */
export function seesStatistics(role: Role | undefined): boolean {
  return coordinates(role);
}
