// « Importer un annuaire » (coordinateur: their structure; admin: the territory or their structure): a file of
// the open data standards becomes local partners, written like a form's save so that every tablet gets them.
import { useEffect, useRef, useState } from 'preact/hooks';
import { refusedLines, reportCounts, stoppedText, type ImportReport } from '../../../shared/directory/import-run';
import { frenchCount } from '../../../shared/french-count';
import { DEFAULT_ZONE } from '../../../shared/directory/zone';
import { importDirectory } from '../../db/directory-import-repository';
import { Checkbox, Choices, Radio, TextField } from '../../forms/form-fields';
import { useLocalAuthor } from '../../forms/local-author';
import { useAppServices } from '../../session/app-context';
import { useAccount } from '../../session/use-account';
import { DIRECTORY_FORMATS, formatOfName, readDirectoryFile, type DirectoryFormat } from './directory-file';

type Step =
  | { kind: 'choosing'; error?: string }
  | { kind: 'importing'; done: number; total: number; stopping?: boolean }
  | { kind: 'done'; report: ImportReport; total: number };

/** What the person chose: the file, its format, the zone kept (data·inclusion), and for whom (an admin). */
interface Choice {
  file: File | null;
  format: DirectoryFormat;
  zone: string;
  territory: boolean;
}

/** The import form, then its progress, then what it did; `onClose` when the person is finished. */
export function DirectoryImport({ onClose }: { onClose: () => void }) {
  const { db } = useAppServices();
  const writer = useLocalAuthor();
  const account = useAccount();
  const [choice, setChoice] = useState<Choice>({ file: null, format: 'lieux', zone: DEFAULT_ZONE, territory: true });
  const [step, setStep] = useState<Step>({ kind: 'choosing' });
  const running = useRef<AbortController | null>(null);
  if (!writer || !account) return null;

  const start = async (event: Event) => {
    event.preventDefault();
    if (!choice.file) return setStep({ kind: 'choosing', error: 'Choisissez le fichier de l’annuaire.' });
    const stop = (running.current = new AbortController());
    setStep({ kind: 'importing', done: 0, total: 0 });
    const read = await readDirectoryFile(choice.file, choice.format, choice.zone);
    if ('error' in read) return setStep({ kind: 'choosing', error: read.error });
    // Stopped while the file was read: nothing is written.
    if (stop.signal.aborted) return setStep({ kind: 'choosing', error: 'Import arrêté : aucun lieu n’a été importé.' });
    const forTerritory = writer.admin && choice.territory;
    const scope = forTerritory ? { territory: true as const } : { territory: false as const, structureId: account.structureId };
    const { author, updatedOn } = writer.as(forTerritory);
    const total = read.parsed.partners.length;
    try {
      const report = await importDirectory(
        db,
        read.parsed,
        scope,
        { author, updatedOn },
        {
          onProgress: (done) => setStep({ kind: 'importing', done, total, stopping: stop.signal.aborted }),
          signal: stop.signal,
        },
      );
      setStep({ kind: 'done', report, total });
    } catch (error) {
      setStep({ kind: 'choosing', error: `L’import s’est arrêté : ${(error as Error).message} Les lieux déjà enregistrés le restent.` });
    }
  };

  if (step.kind === 'importing') {
    const askStop = () => {
      running.current?.abort();
      setStep((now) => (now.kind === 'importing' ? { ...now, stopping: true } : now));
    };
    return <ImportProgress done={step.done} total={step.total} stopping={step.stopping === true} onStop={askStop} />;
  }
  if (step.kind === 'done') return <ImportResult report={step.report} total={step.total} onClose={onClose} />;
  return (
    <form class="form directory-import" aria-label="Importer un annuaire" onSubmit={(e) => void start(e)}>
      <ImportChoices choice={choice} onChange={setChoice} admin={writer.admin} />
      {step.error && (
        <p class="field__error" role="alert">
          {step.error}
        </p>
      )}
      <div class="form__actions">
        <button type="submit" class="button button--primary">
          Importer
        </button>
        <button type="button" class="button" onClick={onClose}>
          Annuler
        </button>
      </div>
    </form>
  );
}

/** The file, its format (suggested by its name), the zone for data·inclusion, and for an admin the territory. */
function ImportChoices({ choice, onChange, admin }: { choice: Choice; onChange: (next: Choice) => void; admin: boolean }) {
  const set = (part: Partial<Choice>) => onChange({ ...choice, ...part });
  return (
    <>
      <div class="field">
        <label for="directory-file">Fichier de l’annuaire</label>
        <input
          id="directory-file"
          class="field__input"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          onChange={(event) => {
            const file = (event.currentTarget as HTMLInputElement).files?.[0] ?? null;
            set({ file, format: (file && formatOfName(file.name)) ?? choice.format });
          }}
        />
      </div>
      <Choices legend="Format du fichier">
        {(Object.keys(DIRECTORY_FORMATS) as DirectoryFormat[]).map((key) => (
          <Radio
            key={key}
            name="directory-format"
            value={key}
            label={DIRECTORY_FORMATS[key]}
            checked={choice.format === key}
            onSelect={() => set({ format: key })}
          />
        ))}
      </Choices>
      {choice.format === 'data-inclusion' && (
        <TextField
          id="directory-zone"
          label="Zone gardée"
          hint="Un département (47) ou des codes INSEE de communes séparés par des virgules : les autres structures sont laissées de côté."
          value={choice.zone}
          onInput={(zone) => set({ zone })}
        />
      )}
      {admin && (
        <Checkbox
          id="directory-territory"
          label="Pour toutes les structures du territoire"
          checked={choice.territory}
          onChange={(territory) => set({ territory })}
        />
      )}
    </>
  );
}

/** How far the import is: a bar, « 120 lieux sur 850 » read out, and the button that stops it after the batch being written. */
function ImportProgress({ done, total, stopping, onStop }: { done: number; total: number; stopping: boolean; onStop: () => void }) {
  return (
    <section class="directory-import" aria-label="Import d’un annuaire">
      <label for="directory-import-progress">Import en cours…</label>
      <progress id="directory-import-progress" max={total || undefined} value={total ? done : undefined} />
      <p role="status">{total ? `${frenchCount(done)} lieux sur ${frenchCount(total)}` : 'Lecture du fichier…'}</p>
      <div class="form__actions">
        <button type="button" class="button" onClick={onStop} disabled={stopping}>
          {stopping ? 'Arrêt après les lieux en cours d’enregistrement…' : 'Arrêter l’import'}
        </button>
      </div>
    </section>
  );
}

/**
 * The counts (and how far a stopped import went), and each refused line with its reason. Its title takes the
 * focus: the button that started or stopped the import is gone, and the keyboard goes on from here.
 */
function ImportResult({ report, total, onClose }: { report: ImportReport; total: number; onClose: () => void }) {
  const stopped = stoppedText(report, total);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => title.current?.focus(), []);
  return (
    <section class="directory-import" aria-labelledby="directory-import-result">
      <h3 id="directory-import-result" tabIndex={-1} ref={title}>
        {stopped ? 'Import arrêté' : 'Import terminé'}
      </h3>
      {stopped && <p>{stopped}</p>}
      <p role="status">{reportCounts(report)}</p>
      {report.keptEdits > 0 && <p>Modifications faites sur les tablettes gardées : {report.keptEdits}.</p>}
      {report.refused.length > 0 && (
        <>
          <h4>Lignes refusées</h4>
          <ul class="directory-import__refused">
            {refusedLines(report).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      )}
      <button type="button" class="button" onClick={onClose}>
        Fermer
      </button>
    </section>
  );
}
