// One guide: its text rendered safely, read aloud sentence by sentence, printable in large type.
import { useEffect, useMemo } from 'preact/hooks';
import type { Guide } from '../../../shared/schema/content';
import { formatDay } from '../../catalogue/format';
import { Page } from '../../ui/PagePlaceholder';
import { linkProps } from '../../ui/router';
import { parseMarkdown } from './markdown';
import { MarkdownView } from './MarkdownView';
import { ReadAloudControls } from './ReadAloudControls';
import { useFrenchVoice, useReadAloud } from './read-aloud';
import { annotateSentences } from './sentences';
import { paths } from '../../routes/paths';

/** The page of `guide`. */
export function GuideDetail({ guide }: { guide: Guide }) {
  const readable = useMemo(() => annotateSentences(parseMarkdown(guide.body)), [guide.body]);
  const voice = useFrenchVoice();
  const reader = useReadAloud(readable.sentences, voice);
  useEffect(() => {
    // Keep the sentence being read on screen.
    if (reader.current !== undefined) document.querySelector('.guide .reading')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [reader.current]);
  return (
    <div class="guide">
      <Page title={guide.title}>
        <p class="back-link no-print">
          <a {...linkProps(paths.guides())}>← Tous les guides</a>
        </p>
        <p class="lead">{guide.summary}</p>
        <div class="guide__tools no-print" role="toolbar" aria-label="Outils du guide">
          {voice && <ReadAloudControls reader={reader} />}
          <button type="button" class="button" onClick={() => window.print()}>
            <span aria-hidden="true">🖨️</span> Imprimer
          </button>
        </div>
        {!voice && (
          <p class="hint no-print">
            Lecture à voix haute indisponible : cette tablette n’a pas de voix française. Elle s’installe dans ses réglages (Accessibilité
            ou Langue, « Synthèse vocale »).
          </p>
        )}
        <MarkdownView blocks={readable.blocks} reading={reader.current} />
        <p class="checked-on">{checkedLine(guide)}</p>
      </Page>
    </div>
  );
}

// A guide about a device skill (Wi-Fi, PDF…) rests on no official page: it says so rather than « à vérifier ».
function checkedLine(guide: Guide): string {
  if (guide.checkedOn) return `Informations vérifiées le ${formatDay(guide.checkedOn)}.`;
  if (guide.sources.length > 0) return 'Informations à vérifier : personne ne les a encore comparées aux pages officielles.';
  return 'Ce guide explique un geste du quotidien : il ne dépend d’aucune règle officielle.';
}
