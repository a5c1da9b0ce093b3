// The Réglages section's chunk: the account and the lock (with the logout), the versions of the app and
// of its content.
import { AccessibilityStatement } from '../../features/accessibility/AccessibilityStatement';
import { SecuritySettings } from '../../features/lock/SecuritySettings';
import { paths } from '../paths';
import { Settings } from '../../features/settings/SettingsPage';

/** /reglages. */
export function SettingsPage() {
  return (
    <Settings>
      <SecuritySettings />
    </Settings>
  );
}

/** /reglages/accessibilite: the accessibility statement, back to Réglages. */
export function AccessibilityPage() {
  return <AccessibilityStatement back={{ label: 'Retour aux réglages', path: paths.settings() }} />;
}
