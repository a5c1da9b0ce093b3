// Shows the login screen until the device has an active session, then the app. The login screen comes in
// its own chunk: a device already signed in never loads it.
import type { ComponentChildren } from 'preact';
import { useSessionView } from '../../session/app-context';
import type { SessionStore } from '../../session/session-store';
import { chunk } from '../../ui/chunk';
import { LazyScreen } from '../../ui/LazyScreen';
import { usePath } from '../../ui/router';

const loginScreen = chunk(() => import('./LoginScreen'));

/**
 * The app when the session is active; otherwise the login screen (with the reason after a revocation), or
 * the page `publicPage` gives for the address (the accessibility statement, readable before a login).
 */
export function SessionGate({
  session,
  publicPage = () => null,
  children,
}: {
  session: SessionStore;
  publicPage?: (path: string) => ComponentChildren | null;
  children: ComponentChildren;
}) {
  const view = useSessionView(session);
  const path = usePath();
  if (view.kind === 'active') return <>{children}</>;
  const page = publicPage(path);
  if (page) return <>{page}</>;
  const stopped = view.kind === 'stopped' ? view.session : undefined;
  return (
    <LazyScreen
      from={loginScreen}
      failure="L’écran de connexion n’a pas pu être chargé. Vérifiez la connexion au réseau, puis rechargez la page."
    >
      {({ LoginScreen }) => (
        <LoginScreen onLogin={(credentials) => session.login(credentials)} notice={stopped?.notice} initialEmail={stopped?.aidant.email} />
      )}
    </LazyScreen>
  );
}
