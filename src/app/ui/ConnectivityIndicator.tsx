// "En ligne" / "Hors ligne", from the browser's view of the network.
import { useEffect, useState } from 'preact/hooks';

/** True while the browser believes it is online; follows the online and offline events. */
export function useOnline(): boolean {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);
  return online;
}

/** A pill with a word and a shape (not only a colour) saying whether the network is there. */
export function ConnectivityIndicator() {
  const online = useOnline();
  return (
    <span class={`pill ${online ? 'pill--online' : 'pill--offline'}`} role="status">
      <span aria-hidden="true">{online ? '●' : '○'}</span> <span class="pill__word">{online ? 'En ligne' : 'Hors ligne'}</span>
    </span>
  );
}
