// The buttons of "Lire à voix haute": start, pause, resume, stop.
import type { useReadAloud } from './read-aloud';

/** The controls for `reader`; shown only when a French voice exists. */
export function ReadAloudControls({ reader }: { reader: ReturnType<typeof useReadAloud> }) {
  if (reader.phase === 'idle') {
    return (
      <button type="button" class="button button--primary" onClick={reader.start}>
        <span aria-hidden="true">🔊</span> Lire à voix haute
      </button>
    );
  }
  return (
    <>
      {reader.phase === 'speaking' ? (
        <button type="button" class="button" onClick={reader.pause}>
          <span aria-hidden="true">⏸️</span> Pause
        </button>
      ) : (
        <button type="button" class="button button--primary" onClick={reader.resume}>
          <span aria-hidden="true">▶️</span> Reprendre
        </button>
      )}
      <button type="button" class="button" onClick={reader.stop}>
        <span aria-hidden="true">⏹️</span> Arrêter
      </button>
      <span class="visually-hidden" role="status">
        {reader.phase === 'paused' ? 'Lecture en pause' : 'Lecture en cours'}
      </span>
    </>
  );
}
