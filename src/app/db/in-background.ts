// Work nobody waits for (counts refreshed, held ops merged): it must never end as an unhandled rejection.

/** Runs a task nobody waits for: a database closed meanwhile (a logout, a wipe) ends it quietly, any other failure is logged. */
export function inBackground(task: Promise<unknown>): void {
  task.catch((error: unknown) => {
    if (error instanceof Error && error.name === 'DatabaseClosedError') return;
    console.error('Tâche de fond interrompue', error);
  });
}
