// "Lire à voix haute": the browser's French speech synthesis, one sentence at a time (so that the
// sentence being read can be highlighted, and long texts are not cut off by some browsers).
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

/** What the reader is doing. */
export type ReadingPhase = 'idle' | 'speaking' | 'paused';

function synthesis(): SpeechSynthesis | undefined {
  return typeof window !== 'undefined' && 'speechSynthesis' in window ? window.speechSynthesis : undefined;
}

/** The best French voice of the device (fr-FR first, then any fr-*), if any. */
export function pickFrenchVoice(voices: SpeechSynthesisVoice[]): SpeechSynthesisVoice | undefined {
  const french = voices.filter((voice) => /^fr([-_]|$)/i.test(voice.lang));
  return (
    french.find((voice) => /^fr[-_]FR$/i.test(voice.lang) && voice.localService) ??
    french.find((voice) => /^fr[-_]FR$/i.test(voice.lang)) ??
    french[0]
  );
}

/** The French voice, looked for again each time the browser's list of voices changes. */
export function useFrenchVoice(): SpeechSynthesisVoice | undefined {
  const [voice, setVoice] = useState<SpeechSynthesisVoice | undefined>(() => pickFrenchVoice(synthesis()?.getVoices() ?? []));
  useEffect(() => {
    const synth = synthesis();
    if (!synth) return;
    // Voices often arrive after the page has loaded: "voiceschanged" tells when.
    const update = () => setVoice(pickFrenchVoice(synth.getVoices()));
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, []);
  return voice;
}

function frenchUtterance(text: string, voice: SpeechSynthesisVoice): SpeechSynthesisUtterance {
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.voice = voice;
  utterance.lang = voice.lang;
  // A little slower than the default: the listener may read poorly or hear poorly.
  utterance.rate = 0.9;
  return utterance;
}

/** Controls to read `sentences` with `voice`; `current` is the sentence being read. */
export function useReadAloud(sentences: string[], voice: SpeechSynthesisVoice | undefined) {
  const [phase, setPhase] = useState<ReadingPhase>('idle');
  const [current, setCurrent] = useState<number | undefined>(undefined);
  // Each start or stop opens a new run; events from an older run's utterances are ignored.
  const run = useRef(0);

  const stop = useCallback(() => {
    run.current += 1;
    synthesis()?.cancel();
    setPhase('idle');
    setCurrent(undefined);
  }, []);

  const speakFrom = useCallback(
    (first: number, id: number) => {
      const synth = synthesis();
      const index = sentences.findIndex((sentence, i) => i >= first && sentence.trim() !== '');
      const sentence = sentences[index];
      if (!synth || !voice || sentence === undefined) {
        if (id === run.current) stop();
        return;
      }
      const utterance = frenchUtterance(sentence, voice);
      utterance.onend = () => {
        if (id === run.current) speakFrom(index + 1, id);
      };
      utterance.onerror = () => {
        if (id === run.current) stop();
      };
      setCurrent(index);
      synth.speak(utterance);
    },
    [sentences, voice, stop],
  );

  const start = useCallback(() => {
    synthesis()?.cancel();
    const id = ++run.current;
    setPhase('speaking');
    speakFrom(0, id);
  }, [speakFrom]);

  const pause = useCallback(() => {
    synthesis()?.pause();
    setPhase('paused');
  }, []);

  const resume = useCallback(() => {
    synthesis()?.resume();
    setPhase('speaking');
  }, []);

  // Leaving the guide stops the voice.
  useEffect(
    () => () => {
      run.current += 1;
      synthesis()?.cancel();
    },
    [],
  );

  return { phase, current, start, pause, resume, stop };
}
