// The admin home: the pages of the administration, and the numbers an operator watches: devices silent for a
// week, changes the tablets hold refused by the endpoint (as each said at its last sync), the purge's last run.
import type { AdminDevice, PurgeStatus } from '../../../shared/schema/admin';
import { paths } from '../../routes/paths';
import { listDevices, readPurgeStatus, type AdminCaller } from '../../sync/admin-client';
import { linkProps } from '../../ui/router';
import { AdminPage } from './AdminPage';
import { dateTime, devicesWithRefusedChanges, SILENT_DEVICE_DAYS, silentDevices } from './labels';
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
  const { state } = useAdminLoad(
    async () => ({ devices: await listDevices(caller), purge: await readPurgeStatus(caller) }),
    [caller.token],
  );
  return (
    <section aria-labelledby="operator-title">
      <h2 id="operator-title">À surveiller</h2>
      {state.status === 'loading' && <p>Chargement…</p>}
      {state.status === 'failed' && <p role="alert">{state.message}</p>}
      {state.status === 'ready' && (
        <>
          <SilentDevices devices={silentDevices(state.data.devices, Date.now())} />
          <RefusedChanges devices={devicesWithRefusedChanges(state.data.devices)} />
          <LastPurge run={state.data.purge} />
        </>
      )}
    </section>
  );
}

/** The tablets that hold changes the endpoint refused: their aidant finds them in Réglages › Modifications refusées. */
function RefusedChanges({ devices }: { devices: AdminDevice[] }) {
  const total = devices.reduce((sum, d) => sum + d.quarantined, 0);
  return (
    <>
      <dl class="facts">
        <dt>Modifications refusées par le serveur, sur les tablettes</dt>
        <dd data-testid="refused-changes">{total}</dd>
      </dl>
      {devices.length > 0 && (
        <ul>
          {devices.map((d) => (
            <li key={d.id}>
              {d.name} ({d.aidantName ?? d.aidantEmail ?? 'compte supprimé'}) : {d.quarantined} — à voir dans Réglages, « Modifications
              refusées », sur la tablette
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** When the retention purge last ran, and what it erased. */
function LastPurge({ run }: { run: PurgeStatus['lastRun'] }) {
  return (
    <dl class="facts">
      <dt>Dernière purge des dossiers sans contact</dt>
      <dd data-testid="last-purge">
        {run
          ? `${dateTime(run.at)} — ${run.files} dossier${run.files > 1 ? 's' : ''} effacé${run.files > 1 ? 's' : ''}`
          : 'la purge n’a pas encore tourné'}
      </dd>
    </dl>
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
