// Starts the content once the database is open, without weighing on the shell: the loading,
// validation, search index and update code come in a chunk of their own.
import type { DeclicDatabase } from '../db/database';
import { contentState, setContentState } from './content-store';

/** Loads the content pack in use and keeps it current (call once, after the database opens). */
export function startContent(db: DeclicDatabase): void {
  import('./content-runtime').then(
    (runtime) => runtime.runContent(db),
    () =>
      setContentState({
        status: 'failed',
        message: 'Le catalogue n’a pas pu être chargé. Rechargez la page ; si cela continue, reconnectez-vous au réseau.',
        update: contentState().update,
      }),
  );
}
