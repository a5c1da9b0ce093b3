// The territory's statistics from the endpoint (GET /api/v1/stats), for an admin online; errors in French.
import { errorBodySchema } from '../../shared/schema/errors';
import type { Period } from '../../shared/stats/period';
import { statsResponseSchema, type StatsResponse } from '../../shared/stats/report-schema';
import { isOnline, type Transport } from './transport';

/** Statistics the endpoint could not give; the message is for the aidant. */
export class StatsUnavailable extends Error {}

export const OFFLINE_STATS_MESSAGE = 'Les statistiques du territoire demandent une connexion au réseau. Réessayez une fois en ligne.';
const UNEXPECTED = 'Le serveur n’a pas pu donner les statistiques. Réessayez dans un moment.';

/** What to ask for: a period, the territory or a structure. */
export interface StatsQuery {
  period: Period;
  scope: 'structure' | 'territory';
  structureId?: string;
}

/** Fetches the statistics the signed-in account may read; rejects with a StatsUnavailable. */
export async function fetchStats(
  transport: Transport,
  token: string,
  query: StatsQuery,
  online: boolean = isOnline(),
): Promise<StatsResponse> {
  if (!online) throw new StatsUnavailable(OFFLINE_STATS_MESSAGE);
  const params = new URLSearchParams({ from: query.period.from, to: query.period.to, scope: query.scope });
  if (query.structureId) params.set('structure', query.structureId);
  let response: Response;
  try {
    response = await transport.fetch(`${transport.baseUrl}/api/v1/stats?${params}`, {
      method: 'GET',
      headers: { Authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(transport.timeoutMs ?? 120_000),
    });
  } catch {
    throw new StatsUnavailable(OFFLINE_STATS_MESSAGE);
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.status === 200) {
    const parsed = statsResponseSchema.safeParse(body);
    if (parsed.success) return parsed.data;
    throw new StatsUnavailable(UNEXPECTED);
  }
  const error = errorBodySchema.safeParse(body);
  throw new StatsUnavailable(error.success && response.status < 500 ? error.data.error.message : UNEXPECTED);
}
