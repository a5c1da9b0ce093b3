// One screen of a module: its text rendered like a guide's, read aloud sentence by sentence.
import { useMemo } from 'preact/hooks';
import type { TrainingScreen } from '../../../../shared/schema/training';
import { parseMarkdown } from '../markdown';
import { MarkdownView } from '../MarkdownView';
import { ReadAloudControls } from '../ReadAloudControls';
import { useFrenchVoice, useReadAloud } from '../read-aloud';
import { annotateSentences } from '../sentences';

/** The screen's text with its reading tools; the title is read first. */
export function TrainingScreenView({ screen }: { screen: TrainingScreen }) {
  const readable = useMemo(() => annotateSentences(parseMarkdown(screen.body)), [screen.body]);
  const sentences = useMemo(() => [screen.title, ...readable.sentences], [screen.title, readable.sentences]);
  const voice = useFrenchVoice();
  const reader = useReadAloud(sentences, voice);
  return (
    <>
      <div class="guide__tools no-print" role="toolbar" aria-label="Outils du module">
        {voice ? (
          <ReadAloudControls reader={reader} />
        ) : (
          <p class="hint">Lecture à voix haute indisponible : cette tablette n’a pas de voix française.</p>
        )}
      </div>
      <MarkdownView blocks={readable.blocks} reading={reader.current === undefined ? undefined : reader.current - 1} />
    </>
  );
}
