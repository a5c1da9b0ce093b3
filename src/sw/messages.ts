// Messages between the page and the service worker.

/** True for the message workbox-window's messageSkipWaiting() sends. */
export function isSkipWaitingMessage(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'SKIP_WAITING';
}
