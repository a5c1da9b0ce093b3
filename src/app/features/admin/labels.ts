// The words of the admin pages: roles, states of an account and of a device, actions of the journal, dates.
import type { Role } from '../../../shared/schema/auth';
import type { AdminAidant, AdminDevice } from '../../../shared/schema/admin';

export const roleLabels: Record<Role, string> = { aidant: 'Aidant', coordinateur: 'Coordinateur', admin: 'Administrateur' };

/** "Actif", "Désactivé", "Mot de passe provisoire". */
export function aidantState(aidant: AdminAidant): string {
  if (aidant.disabled) return 'Désactivé';
  return aidant.mustChangePassword ? 'Mot de passe provisoire' : 'Actif';
}

/** "Actif", "Révoqué", "Déconnecté". */
export function deviceState(device: AdminDevice): string {
  if (device.revokedAt === null) return 'Actif';
  return device.revokedBy === 'logout' ? 'Déconnecté' : 'Révoqué';
}

export const actionLabels: Record<string, string> = {
  read: 'Consultation',
  write: 'Modification',
  erase: 'Effacement',
  login_blocked: 'Connexions bloquées',
};

/** "14/03/2025 10:05" in the tablet's time. */
export function dateTime(ms: number | null): string {
  if (ms === null) return 'jamais';
  return new Date(ms).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' });
}

/** Devices that are active and did not sync for this long are shown to the operator. */
export const SILENT_DEVICE_DAYS = 7;

/** Active devices that said at their last sync they hold changes refused by the endpoint. */
export function devicesWithRefusedChanges(devices: AdminDevice[]): AdminDevice[] {
  return devices.filter((d) => d.revokedAt === null && d.quarantined > 0);
}

/** Active devices without a sync for SILENT_DEVICE_DAYS (never synced counts from their login). */
export function silentDevices(devices: AdminDevice[], now: number): AdminDevice[] {
  const limit = now - SILENT_DEVICE_DAYS * 86_400_000;
  return devices.filter((d) => d.revokedAt === null && (d.lastSeenAt ?? d.createdAt) < limit);
}
