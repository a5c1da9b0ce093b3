// Messages between the page and the service worker (both sides import them from here).

/** What the page sends when the aidant clicks « Mettre à jour » (the message workbox-window's messageSkipWaiting() sends). */
export const SKIP_WAITING_MESSAGE = { type: 'SKIP_WAITING' } as const;

/** True for SKIP_WAITING_MESSAGE. */
export function isSkipWaitingMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === SKIP_WAITING_MESSAGE.type;
}
