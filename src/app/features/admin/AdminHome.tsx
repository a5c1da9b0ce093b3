// The admin home: the pages of the administration, and the numbers an operator watches (devices silent for a
// week). The endpoint does not expose the purge's last run nor the ops quarantined by tablets: not shown.
import { paths } from '../../routes/paths';
import { listDevices, type AdminCaller } from '../../sync/admin-client';
import { linkProps } from '../../ui/router';
import { AdminPage } from './AdminPage';
import { dateTime, SILENT_DEVICE_DAYS, silentDevices } from './labels';
import { useAdminLoad } from './use-admin';

/** /reglages/administration. */
export function AdminHome() {
  return (
    <AdminPage title="Administration" home>
      {({ caller, role }) => (
        <>
          <ul class="cards">
            <li>
              <a class="card" {...linkProps(paths.adminTeam())}>
                Équipe — les aidants, leur rôle, leur mot de passe
              </a>
            </li>
            <li>
              <a class="card" {...linkProps(paths.adminDevices())}>
                Appareils — les tablettes connectées, leur dernière synchronisation
              </a>
            </li>
            <li>
              <a class="card" {...linkProps(paths.adminJournal())}>
                Journal — qui a consulté ou modifié quel dossier
              </a>
            </li>
            {role === 'admin' && (
              <li>
                <a class="card" {...linkProps(paths.adminStructures())}>
                  Structures — créer, renommer
                </a>
              </li>
            )}
          </ul>
          <OperatorFigures caller={caller} />
        </>
      )}
    </AdminPage>
  );
}

function OperatorFigures({ caller }: { caller: AdminCaller }) {
  const { state } = useAdminLoad(() => listDevices(caller), [caller.token]);
  return (
    <section aria-labelledby="operator-title">
      <h2 id="operator-title">À surveiller</h2>
      {state.status === 'loading' && <p>Chargement…</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && <SilentDevices devices={silentDevices(state.data, Date.now())} />}
    </section>
  );
}

function SilentDevices({ devices }: { devices: ReturnType<typeof silentDevices> }) {
  return (
    <>
      <dl class="facts">
        <dt>Appareils sans synchronisation depuis {SILENT_DEVICE_DAYS} jours</dt>
        <dd data-testid="silent-devices">{devices.length}</dd>
      </dl>
      {devices.length > 0 && (
        <ul>
          {devices.map((d) => (
            <li key={d.id}>
              {d.name} ({d.aidantName ?? d.aidantEmail ?? 'compte supprimé'}) — dernière synchronisation : {dateTime(d.lastSeenAt)}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
