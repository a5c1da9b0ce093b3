// `npm run admin -- purge [--dry-run] [--json]`: the retention purge by hand (the endpoint also runs it daily).
import { purgeSummary } from '../retention/daily-purge';
import { purgeInactiveFiles } from '../retention/purge';
import type { Store } from '../store/store';
import type { CommandOutput } from './admin-commands';

/** Runs the purge with the configured retention; its output holds counts only. */
export async function purgeCommand(store: Store, retentionMonths: number, dryRun: boolean): Promise<CommandOutput> {
  const report = await purgeInactiveFiles(store, { retentionMonths, dryRun });
  return { json: { purge: report }, text: purgeSummary(report) };
}
