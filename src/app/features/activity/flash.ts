// What a form carries to the page it returns to: a one-time confirmation, and where to go back.
let pending: string | null = null;

/** Leaves a message for the next page. */
export function setFlash(message: string): void {
  pending = message;
}

/** Takes the message left for this page (once). */
export function takeFlash(): string | null {
  const message = pending;
  pending = null;
  return message;
}

let returnPath: string | null = null;

/** Remembers the page a form was opened from (the person's file, say), to go back there once saved. */
export function rememberReturn(path: string): void {
  returnPath = path;
}

/** The page to go back to after a form, or `fallback` (once). */
export function takeReturn(fallback: string): string {
  const path = returnPath ?? fallback;
  returnPath = null;
  return path;
}
