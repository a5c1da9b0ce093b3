// Shows the login screen until the device has an active session, then the app.
import type { ComponentChildren } from 'preact';
import { useSessionView } from '../../session/app-context';
import type { SessionStore } from '../../session/session-store';
import { LoginScreen } from './LoginScreen';

/** The app when the session is active; otherwise the login screen (with the reason after a revocation). */
export function SessionGate({ session, children }: { session: SessionStore; children: ComponentChildren }) {
  const view = useSessionView(session);
  if (view.kind === 'active') return <>{children}</>;
  const stopped = view.kind === 'stopped' ? view.session : undefined;
  return (
    <LoginScreen onLogin={(credentials) => session.login(credentials)} notice={stopped?.notice} initialEmail={stopped?.aidant.email} />
  );
}
