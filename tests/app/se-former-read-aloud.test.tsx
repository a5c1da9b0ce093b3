// A module's screen read aloud like a guide: its title first, then sentence by sentence in French, the
// sentence being read highlighted; without a French voice, the screen says so.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TrainingScreenView } from '../../src/app/features/guides/training/TrainingScreenView';

const voice = (name: string, lang: string) => ({ name, lang, localService: true, default: false, voiceURI: name }) as SpeechSynthesisVoice;

/** Stands in for the browser's speechSynthesis (outside the project): records what is said. */
class SpeechStandIn extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: Array<{ text: string; lang: string; onend: (() => void) | null }> = [];
  pause = vi.fn();
  resume = vi.fn();
  cancel = vi.fn();
  getVoices = () => this.voices;
  speak = (utterance: SpeechStandIn['spoken'][number]) => void this.spoken.push(utterance);
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

const screenOfModule = { title: 'La règle', body: 'Un aidant ne garde aucun mot de passe. La personne le tape elle-même.' };

describe('a module screen read aloud', () => {
  it('reads the title, then each sentence, highlighting the one being read', () => {
    speech.voices = [voice('Thomas', 'fr-FR')];
    render(<TrainingScreenView screen={screenOfModule} />);
    fireEvent.click(screen.getByRole('button', { name: 'Lire à voix haute' }));
    expect(speech.spoken.map((u) => u.text)).toEqual(['La règle']);
    expect(speech.spoken[0]?.lang).toBe('fr-FR');
    act(() => speech.finish());
    expect(speech.spoken.at(-1)?.text).toBe('Un aidant ne garde aucun mot de passe.');
    expect(document.querySelector('.reading')?.textContent).toBe('Un aidant ne garde aucun mot de passe. ');
    act(() => speech.finish());
    expect(speech.spoken.at(-1)?.text).toBe('La personne le tape elle-même.');
    act(() => speech.finish());
    expect(document.querySelector('.reading')).toBeNull();
  });

  it('says so when the tablet has no French voice', () => {
    speech.voices = [voice('Samantha', 'en-US')];
    render(<TrainingScreenView screen={screenOfModule} />);
    expect(screen.queryByRole('button', { name: 'Lire à voix haute' })).toBeNull();
    expect(screen.getByText(/^Lecture à voix haute indisponible/)).toBeTruthy();
  });
});
