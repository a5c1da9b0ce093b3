// What every page of one person's file shares: the file read from the tablet, « Chargement… » meanwhile,
// « Dossier introuvable » when the tablet does not have it, the link back to the file, and the names the
// printed pages carry (the aidant's, the structure's).
import type { VNode } from 'preact';
import { useEffect } from 'preact/hooks';
import { NotFound } from '../../features/beneficiaries/NotFound';
import { loadPersonFile, type PersonFile } from '../../features/beneficiaries/person-file';
import { useAppServices, useSessionView } from '../../session/app-context';
import { Page } from '../../ui/PagePlaceholder';
import { displayName } from '../../ui/person-name';
import { linkProps, navigate } from '../../ui/router';
import { useDbValue } from '../../ui/use-db-query';
import { paths } from '../paths';

/** Reads the file of `id` and draws `children` with it and the person's name. */
export function WithFile({ id, children }: { id: string; children: (file: PersonFile, name: string) => VNode }) {
  const file = useDbValue((d) => loadPersonFile(d, id), [id]);
  // A file merged into another (a duplicate) opens as the kept file, under its own address.
  const keptId = file?.person.id;
  useEffect(() => {
    if (keptId && keptId !== id) navigate(window.location.pathname.replace(id, keptId));
  }, [id, keptId]);
  if (file === null) return <NotFound />;
  if (file === undefined) {
    return (
      <Page title="Dossier">
        <p aria-busy="true">Chargement…</p>
      </Page>
    );
  }
  return children(file, displayName(file.person));
}

/** « ← Dossier de … », at the top of the file's inner pages. */
export function BackToFile({ id, name }: { id: string; name: string }) {
  return (
    <p class="back-link no-print">
      <a {...linkProps(paths.file({ id }))}>← Dossier de {name}</a>
    </p>
  );
}

/** The structure's and the signed-in aidant's names, for the printed pages. */
export function useSessionNames(): { structure: string; aidant: string | null } {
  const view = useSessionView(useAppServices().session);
  return view.kind === 'none'
    ? { structure: 'Structure', aidant: null }
    : { structure: view.session.structure.name, aidant: view.session.aidant.name };
}
