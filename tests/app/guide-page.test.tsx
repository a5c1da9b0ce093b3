// A guide read aloud in French, sentence by sentence with the sentence highlighted; hidden when the
// device has no French voice; printable.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GuideDetail } from '../../src/app/features/guides/GuideDetail';
import { pickFrenchVoice } from '../../src/app/features/guides/read-aloud';
import type { Guide } from '../../src/shared/schema/content';

const guide: Guide = {
  id: 'recevoir-code-sms',
  title: 'Recevoir et saisir un code par SMS',
  summary: 'Pour les sites qui envoient un code.',
  tags: ['SMS'],
  sources: [],
  checkedOn: '2026-01-20',
  body: '## Les étapes\n\nLe site envoie un code. Le lire sur le **téléphone**. Le saisir sans attendre.\n\n![Un SMS avec un code](/guides/code-sms.svg)',
};

const voice = (name: string, lang: string, localService = true) =>
  ({ name, lang, localService, default: false, voiceURI: name }) as SpeechSynthesisVoice;

/** Stands in for the browser's speechSynthesis (outside the project): records what is said. */
class SpeechStandIn extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: Array<{ text: string; voice: SpeechSynthesisVoice | null; lang: string; onend: (() => void) | null }> = [];
  pause = vi.fn();
  resume = vi.fn();
  cancel = vi.fn();
  getVoices = () => this.voices;
  speak = (utterance: SpeechStandIn['spoken'][number]) => void this.spoken.push(utterance);
  /** The browser's list of voices changes (voices often arrive after the page). */
  arrive(voices: SpeechSynthesisVoice[]) {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }
  /** The utterance being spoken ends. */
  finish() {
    this.spoken.at(-1)?.onend?.();
  }
}

let speech: SpeechStandIn;
beforeEach(() => {
  speech = new SpeechStandIn();
  Object.defineProperty(window, 'speechSynthesis', { value: speech, configurable: true });
  vi.stubGlobal(
    'SpeechSynthesisUtterance',
    class {
      voice: SpeechSynthesisVoice | null = null;
      lang = '';
      rate = 1;
      onend: (() => void) | null = null;
      onerror: (() => void) | null = null;
      constructor(readonly text: string) {}
    },
  );
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const readButton = () => screen.queryByRole('button', { name: 'Lire à voix haute' });
const highlighted = () => document.querySelector('.reading')?.textContent;

describe('"Lire à voix haute"', () => {
  it('is not offered when the device has no French voice, which is said with how to install one', () => {
    speech.voices = [voice('Samantha', 'en-US'), voice('Anna', 'de-DE')];
    render(<GuideDetail guide={guide} />);
    expect(readButton()).toBeNull();
    expect(screen.getByText(/^Lecture à voix haute indisponible : cette tablette n’a pas de voix française/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeTruthy();
  });

  it('appears when a French voice arrives later', () => {
    render(<GuideDetail guide={guide} />);
    expect(readButton()).toBeNull();
    act(() => speech.arrive([voice('Samantha', 'en-US'), voice('Amélie', 'fr-CA')]));
    expect(readButton()).toBeTruthy();
    expect(screen.queryByText(/Lecture à voix haute indisponible/)).toBeNull();
  });

  it('picks a French voice of France first', () => {
    expect(pickFrenchVoice([voice('Amélie', 'fr-CA'), voice('Thomas', 'fr-FR'), voice('Samantha', 'en-US')])?.name).toBe('Thomas');
    expect(pickFrenchVoice([voice('Samantha', 'en-US'), voice('Amélie', 'fr_CA')])?.name).toBe('Amélie');
    expect(pickFrenchVoice([voice('Franz', 'de-DE')])).toBeUndefined();
  });

  it('reads sentence by sentence in French, highlighting the sentence being read', () => {
    speech.voices = [voice('Samantha', 'en-US'), voice('Thomas', 'fr-FR')];
    render(<GuideDetail guide={guide} />);
    fireEvent.click(readButton()!);
    expect(speech.spoken.map((u) => u.text)).toEqual(['Les étapes']);
    expect(speech.spoken[0]).toMatchObject({ voice: { name: 'Thomas' }, lang: 'fr-FR' });
    expect(highlighted()).toBe('Les étapes');

    act(() => speech.finish());
    expect(speech.spoken.at(-1)?.text).toBe('Le site envoie un code.');
    expect(highlighted()).toBe('Le site envoie un code. ');

    act(() => speech.finish());
    expect(speech.spoken.at(-1)?.text).toBe('Le lire sur le téléphone.');
    expect([...document.querySelectorAll('.reading')].map((el) => el.textContent).join('')).toBe('Le lire sur le téléphone. ');

    act(() => speech.finish());
    act(() => speech.finish());
    expect(speech.spoken.map((u) => u.text)).toHaveLength(4);
    expect(highlighted()).toBeUndefined();
    expect(readButton()).toBeTruthy();
  });

  it('pauses, resumes and stops; a stopped reading says nothing more', () => {
    speech.voices = [voice('Thomas', 'fr-FR')];
    render(<GuideDetail guide={guide} />);
    fireEvent.click(readButton()!);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    expect(speech.pause).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Reprendre' }));
    expect(speech.resume).toHaveBeenCalledOnce();
    fireEvent.click(screen.getByRole('button', { name: 'Arrêter' }));
    expect(speech.cancel).toHaveBeenCalled();
    expect(highlighted()).toBeUndefined();
    act(() => speech.finish());
    expect(speech.spoken).toHaveLength(1);
    expect(readButton()).toBeTruthy();
  });

  it('stops the voice when the guide is left', () => {
    speech.voices = [voice('Thomas', 'fr-FR')];
    const { unmount } = render(<GuideDetail guide={guide} />);
    fireEvent.click(readButton()!);
    speech.cancel.mockClear();
    unmount();
    expect(speech.cancel).toHaveBeenCalled();
  });
});

describe('the guide page', () => {
  it('shows the guide with its image and the date its facts were checked', () => {
    render(<GuideDetail guide={guide} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Recevoir et saisir un code par SMS');
    expect(screen.getByRole('img', { name: 'Un SMS avec un code' }).getAttribute('src')).toBe('/guides/code-sms.svg');
    expect(screen.getByText('Informations vérifiées le 20 janvier 2026.')).toBeTruthy();
  });

  it('says « à vérifier » for a guide whose sources were not checked, and nothing to check for a device skill', () => {
    const source = { url: 'https://www.service-public.gouv.fr/particuliers/vosdroits/F1', title: 'Fiche', backs: ['le code'] };
    const { unmount } = render(<GuideDetail guide={{ ...guide, checkedOn: undefined, sources: [source] }} />);
    expect(screen.getByText('Informations à vérifier : personne ne les a encore comparées aux pages officielles.')).toBeTruthy();
    unmount();
    render(<GuideDetail guide={{ ...guide, checkedOn: undefined, sources: [] }} />);
    expect(screen.getByText('Ce guide explique un geste du quotidien : il ne dépend d’aucune règle officielle.')).toBeTruthy();
  });

  it('prints with the browser’s print dialog', () => {
    const print = vi.fn();
    const browserPrint = window.print;
    window.print = print;
    try {
      render(<GuideDetail guide={guide} />);
      fireEvent.click(screen.getByRole('button', { name: 'Imprimer' }));
      expect(print).toHaveBeenCalledOnce();
    } finally {
      window.print = browserPrint;
    }
  });
});
