// The login screen: a device's first connection is online; afterwards the app opens with the stored session.
import { useRef, useState } from 'preact/hooks';
import { paths } from '../../routes/paths';
import { linkProps } from '../../ui/router';
import { DEFAULT_DEVICE_NAME, type Credentials } from '../../session/credentials';

export interface LoginScreenProps {
  /** Logs in; rejects with an Error whose message is for the aidant. */
  onLogin: (credentials: Credentials) => Promise<void>;
  /** Why the aidant must log in again (revoked device, session no longer known), as the endpoint said it. */
  notice?: string | undefined;
  initialEmail?: string | undefined;
}

/** E-mail, password and an optional device name; errors shown in plain French. */
export function LoginScreen({ onLogin, notice, initialEmail = '' }: LoginScreenProps) {
  const [email, setEmail] = useState(initialEmail);
  const [password, setPassword] = useState('');
  const [deviceName, setDeviceName] = useState(DEFAULT_DEVICE_NAME);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const missing = !email.trim() ? 'email' : !password ? 'password' : null;
    if (missing) {
      setError(missing === 'email' ? 'Indiquez votre adresse e-mail.' : 'Indiquez votre mot de passe.');
      (missing === 'email' ? emailInput : passwordInput).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onLogin({ email, password, deviceName });
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : 'La connexion a échoué. Réessayez.');
      setBusy(false);
    }
  };

  return (
    <main id="main" class="login">
      <h1 class="login__title">Déclic</h1>
      <p>
        Connectez-vous avec le compte que votre structure vous a donné. La première connexion de cet appareil se fait avec du réseau ;
        ensuite, Déclic s’ouvre aussi sans réseau.
      </p>
      {notice && (
        <p class="login__notice" role="alert">
          {notice}
        </p>
      )}
      <form class="login__form" onSubmit={submit} noValidate>
        <label for="login-email">Adresse e-mail</label>
        <input
          ref={emailInput}
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          aria-invalid={error !== null && !email.trim()}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="login-password">Mot de passe</label>
        <input
          ref={passwordInput}
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          aria-invalid={error !== null && !password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <DeviceNameField value={deviceName} onInput={setDeviceName} />
        <p id="login-error" class="login__error" role="alert">
          {error}
        </p>
        <button type="submit" class="button button--primary" aria-disabled={busy}>
          Se connecter
        </button>
        {busy && <p class="login__hint">Connexion en cours…</p>}
      </form>
      <p class="login__footer">
        <a {...linkProps(paths.accessibility())}>Déclaration d’accessibilité</a>
      </p>
    </main>
  );
}

/** The device's name, optional: how the coordinator tells the tablets apart. */
function DeviceNameField({ value, onInput }: { value: string; onInput: (value: string) => void }) {
  return (
    <>
      <label for="login-device">Nom de cet appareil</label>
      <input
        id="login-device"
        name="deviceName"
        type="text"
        maxLength={100}
        value={value}
        aria-describedby="login-device-hint"
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <p id="login-device-hint" class="login__hint">
        Facultatif : aide votre coordinateur à reconnaître cet appareil.
      </p>
    </>
  );
}
