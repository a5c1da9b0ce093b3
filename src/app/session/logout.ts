// "Se déconnecter": a last sync, the device's token ended on the endpoint, then the device's data wiped —
// never while changes wait to be sent, unless the aidant confirmed that exactly those changes will be lost.
import { wipeDevice } from '../db/device-wipe';
import { frenchCount } from '../../shared/french-count';
import { pendingCount, refusedCount } from '../db/pending-count';
import { initialSyncStatus } from '../sync/sync-status';
import type { AppServices } from './app-services';

/**
 * done: the device is wiped · unsent: `pending` changes could not be sent, and why (in French); `refused`
 * of them are the changes the endpoint refused, kept in Réglages (a sync does not send them).
 */
export type LogoutOutcome = { kind: 'done' } | { kind: 'unsent'; pending: number; refused: number; reason: string };

export interface LogoutOptions {
  /** How many unsent changes the aidant agreed to lose ("Je comprends que N modifications seront perdues"). */
  acceptLoss?: number;
}

/**
 * Syncs (when unlocked and logged in), then, unless changes remain that the aidant did not agree to lose,
 * ends the device's token on the endpoint (when it answers) and wipes the device.
 */
export async function logOut(services: AppServices, options: LogoutOptions = {}): Promise<LogoutOutcome> {
  const { db, session, syncLoop, syncStatus } = services;
  if (db.keyring.unlocked && session.get().kind === 'active') await syncLoop.syncNow();
  const waiting = await pendingCount(db);
  // Refused changes are never lost silently either: the wipe would take them with it.
  const refused = await refusedCount(db);
  const pending = waiting + refused;
  // More changes than the aidant agreed to lose (a write came in meanwhile): ask again.
  if (pending > (options.acceptLoss ?? 0)) {
    const reasons = [waiting > 0 ? whyUnsent(services) : null, refused > 0 ? REFUSED_KEPT : null];
    return { kind: 'unsent', pending, refused, reason: reasons.filter((r) => r !== null).join(' ') };
  }
  syncLoop.stop();
  services.inactivity.stop();
  await session.endOnServer();
  await wipeDevice(db);
  services.vault.reset();
  syncStatus.update(initialSyncStatus);
  session.clear();
  return { kind: 'done' };
}

const REFUSED_KEPT =
  'Le serveur a refusé des modifications : elles sont gardées dans « Modifications refusées ». Exportez-les pour votre coordinateur avant de vous déconnecter.';

/** What a message about unsent changes says. */
export function unsentChangesText(pending: number): string {
  return pending === 1 ? '1 modification n’a pas pu être envoyée' : `${frenchCount(pending)} modifications n’ont pas pu être envoyées`;
}

function whyUnsent({ db, session, syncStatus }: AppServices): string {
  if (!db.keyring.unlocked) return 'Sans la phrase secrète, les modifications de cette tablette ne peuvent pas être envoyées.';
  const view = session.get();
  if (view.kind === 'stopped') return view.session.notice ?? 'Cet appareil ne peut plus synchroniser.';
  return syncStatus.get().error?.message ?? 'Le serveur n’a pas pu recevoir les modifications. Réessayez dans un moment.';
}
