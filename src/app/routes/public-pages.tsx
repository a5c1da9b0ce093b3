// The pages readable before a login (the login screen links to them): today, the accessibility statement,
// in a chunk of its own so that the first screen does not wait for it.
import type { VNode } from 'preact';
import { chunk } from '../ui/chunk';
import { LazyScreen } from '../ui/LazyScreen';
import { paths } from './paths';

const accessibilityStatement = chunk(() => import('../features/accessibility/AccessibilityStatement'));

/** The page for `path` when nobody is signed in, or null (then the login screen shows). */
export function publicPage(path: string): VNode | null {
  if (path !== paths.accessibility()) return null;
  return (
    <LazyScreen from={accessibilityStatement} failure="La déclaration d’accessibilité n’a pas pu être chargée. Rechargez la page.">
      {({ AccessibilityStatement }) => (
        <main id="main" class="public-page">
          <AccessibilityStatement back={{ label: 'Retour à la connexion', path: paths.home() }} />
        </main>
      )}
    </LazyScreen>
  );
}
