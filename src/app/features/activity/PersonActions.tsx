// What can be done for a person from their file or their activity page: note a session (the first of the
// three taps), refer them to a partner, hand them a pass numérique. Each form opened from here comes back
// here once saved.
import type { ComponentChildren } from 'preact';
import { rememberReturn, returnPath, takeReturn } from '../../ui/flash';
import { linkProps, navigate } from '../../ui/router';
import { paths } from '../../routes/paths';

/** A link to one of the person's forms, remembering the page it was opened from. */
export function PersonActionLink({
  beneficiaryId,
  path,
  primary = false,
  children,
}: {
  beneficiaryId: string;
  path: string;
  primary?: boolean;
  children: ComponentChildren;
}) {
  const link = linkProps(path);
  return (
    <a
      class={primary ? 'button button--primary button--link' : 'button button--link'}
      href={link.href}
      onClick={(event: MouseEvent) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        rememberReturn(window.location.pathname, beneficiaryId);
        navigate(path);
      }}
    >
      {children}
    </a>
  );
}

/** "Noter un accompagnement": the quick session form (date, duration, place and mode prefilled). */
export function LogSessionButton({ beneficiaryId }: { beneficiaryId: string }) {
  return (
    <PersonActionLink beneficiaryId={beneficiaryId} path={paths.logSession({ beneficiaryId })} primary>
      Noter un accompagnement
    </PersonActionLink>
  );
}

/** "Orienter vers un partenaire" and "Remettre un pass numérique". */
export function ReferAndPassLinks({ beneficiaryId }: { beneficiaryId: string }) {
  return (
    <>
      <PersonActionLink beneficiaryId={beneficiaryId} path={paths.newOrientation({ beneficiaryId })}>
        Orienter vers un partenaire
      </PersonActionLink>
      <PersonActionLink beneficiaryId={beneficiaryId} path={paths.handOutPass({ beneficiaryId })}>
        Remettre un pass numérique
      </PersonActionLink>
    </>
  );
}

/** "Annuler" on a person's form: back to the page it was opened from (their file, say), else `fallback`. */
export function CancelLink({ beneficiaryId, fallback }: { beneficiaryId: string; fallback: string }) {
  return (
    <a
      class="button button--link"
      href={returnPath(beneficiaryId, fallback)}
      onClick={(event: MouseEvent) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate(takeReturn(beneficiaryId, fallback));
      }}
    >
      Annuler
    </a>
  );
}
