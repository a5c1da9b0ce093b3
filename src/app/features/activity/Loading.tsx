// What a page of the section shows before its data is there: "Chargement…", or why it cannot be read.
import { Page } from '../../ui/PagePlaceholder';
import type { DbQueryState } from '../../ui/use-db-query';

/** The page titled `title` while `state` has no data; null once the data is there. */
export function Loading({ title, state }: { title: string; state: DbQueryState<unknown> }) {
  if (state.data !== undefined) return null;
  return (
    <Page title={title}>
      {state.problem ? (
        <p class="notice-error" role="alert">
          {state.problem}
        </p>
      ) : (
        <p aria-busy="true">Chargement…</p>
      )}
    </Page>
  );
}

/** The same inside a page: a busy line, or the problem. */
export function LoadingLine({ state }: { state: DbQueryState<unknown> }) {
  return state.problem ? (
    <p class="notice-error" role="alert">
      {state.problem}
    </p>
  ) : (
    <p aria-busy="true">Chargement…</p>
  );
}
