// "Noter un accompagnement": the first of the three taps, to mount on a person's file.
import { linkProps, navigate } from '../../ui/router';
import { rememberReturn } from './flash';
import { activityPaths } from './routes';

/** Opens the quick session form for `beneficiaryId` (date, duration, place and mode prefilled); saving comes back here. */
export function LogSessionButton({ beneficiaryId }: { beneficiaryId: string }) {
  const path = activityPaths.logSession(beneficiaryId);
  const link = linkProps(path);
  return (
    <a
      class="button button--primary button--link"
      href={link.href}
      onClick={(event: MouseEvent) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        rememberReturn(window.location.pathname, beneficiaryId);
        navigate(path);
      }}
    >
      Noter un accompagnement
    </a>
  );
}
