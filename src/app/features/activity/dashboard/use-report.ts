// The report the dashboard shows: the structure's, computed on the tablet from its synced records (offline),
// or the territory's, asked of the endpoint (online, admin only).
import { useEffect, useState } from 'preact/hooks';
import type { Period } from '../../../../shared/stats/period';
import type { StatsReport } from '../../../../shared/stats/report-schema';
import { fetchStats, StatsUnavailable } from '../../../sync/stats-client';
import { browserTransport } from '../../../sync/transport';
import { useDbQuery } from '../../../ui/use-db-query';
import { structureStats } from './structure-stats';

/** Where the figures come from. */
export type Scope = 'structure' | 'territory';

/** A report, or why there is none yet. */
export type ReportState =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; report: StatsReport; structures: { id: string; name: string }[] };

/** The report of `scope` for `period`. */
export function useReport(scope: Scope, period: Period, token: string): ReportState {
  const local = useDbQuery((db) => structureStats(db, period), [period.from, period.to]);
  const [remote, setRemote] = useState<ReportState>({ status: 'loading' });
  useEffect(() => {
    if (scope !== 'territory') return;
    let alive = true;
    setRemote({ status: 'loading' });
    fetchStats(browserTransport(), token, { period, scope: 'territory' }).then(
      (answer) => alive && setRemote({ status: 'ready', report: answer.report, structures: answer.structures }),
      (error: unknown) =>
        alive &&
        setRemote({
          status: 'failed',
          message: error instanceof StatsUnavailable ? error.message : 'Les statistiques n’ont pas pu être chargées.',
        }),
    );
    return () => {
      alive = false;
    };
  }, [scope, period.from, period.to, token]);
  if (scope === 'territory') return remote;
  if (local.problem) return { status: 'failed', message: local.problem };
  return local.data ? { status: 'ready', report: local.data, structures: [] } : { status: 'loading' };
}
