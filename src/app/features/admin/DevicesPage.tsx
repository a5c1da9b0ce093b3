// Appareils: every device of the caller's structures with its aidant, last sync and state; revoke one (confirmed).
import { listDevices, revokeDevice, type AdminCaller } from '../../sync/admin-client';
import { ConfirmAction } from '../../ui/ConfirmAction';
import { AdminPage } from './AdminPage';
import { dateTime, deviceState } from './labels';
import { useAdminAction, useAdminLoad } from './use-admin';

/** /reglages/administration/appareils. */
export function DevicesPage() {
  return <AdminPage title="Appareils">{({ caller }) => <Devices caller={caller} />}</AdminPage>;
}

function Devices({ caller }: { caller: AdminCaller }) {
  const devices = useAdminLoad(() => listDevices(caller), [caller.token]);
  const action = useAdminAction();
  if (devices.state.status === 'loading') return <p>Chargement…</p>;
  if (devices.state.status === 'failed') return <p role="alert">{devices.state.message}</p>;
  return (
    <>
      <p class="field__error" role="alert">
        {action.error}
      </p>
      <div class="table-wrap" role="region" aria-label="Les appareils" tabIndex={0}>
        <table class="table">
          <thead>
            <tr>
              <th scope="col">Appareil</th>
              <th scope="col">Aidant</th>
              <th scope="col">Dernière synchronisation</th>
              <th scope="col">État</th>
              <th scope="col">Action</th>
            </tr>
          </thead>
          <tbody>
            {devices.state.data.map((d) => (
              <tr key={d.id}>
                <th scope="row">{d.name}</th>
                <td data-label="Aidant">{d.aidantName ?? d.aidantEmail ?? '—'}</td>
                <td data-label="Dernière synchronisation">{dateTime(d.lastSeenAt)}</td>
                <td data-label="État">{deviceState(d)}</td>
                <td data-label="Action">
                  {d.revokedAt === null && (
                    <ConfirmAction
                      class="button button--danger-quiet"
                      question={`Révoquer « ${d.name} » ? Cet appareil ne pourra plus synchroniser.`}
                      confirmLabel="Oui, révoquer"
                      disabled={action.busy}
                      onConfirm={() => void action.run(async () => (await revokeDevice(caller, d.id), devices.reload()))}
                    >
                      Révoquer
                    </ConfirmAction>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
