// Work done ahead, while the tablet has nothing else to do: a list's files opened, its search prepared,
// the statistics added up. Browsers without idle callbacks (Safari, on an iPad) run it in the next task.

/** Runs `task` in idle time (at the latest after `timeoutMs`); returns what cancels it. */
export function whenIdle(task: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(task, 0);
    return () => clearTimeout(timer);
  }
  const handle = requestIdleCallback(() => task(), { timeout: timeoutMs });
  return () => cancelIdleCallback(handle);
}
