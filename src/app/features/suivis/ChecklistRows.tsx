// The checkbox rows of a checklist: one real checkbox with its label per step or document (44 px targets).
import type { ChecklistRow } from './suivi-rules';

/** A list of rows; `onToggle` gets the row and its new state. */
export function ChecklistRows({
  rows,
  ordered,
  label,
  onToggle,
}: {
  rows: ChecklistRow[];
  ordered: boolean;
  label: string;
  onToggle: (row: ChecklistRow, checked: boolean) => void;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <List class="checklist" aria-label={label}>
      {rows.map((row) => {
        const id = `check-${row.kind}-${row.itemId}`;
        return (
          <li key={id} class={row.removed ? 'checklist__row checklist__row--removed' : 'checklist__row'}>
            <input
              id={id}
              type="checkbox"
              class="checklist__box"
              checked={row.checked}
              onChange={(e) => onToggle(row, e.currentTarget.checked)}
            />
            <label for={id} class="checklist__label">
              {row.label}
              {row.removed && <span class="checklist__removed"> (repère : {row.itemId})</span>}
            </label>
          </li>
        );
      })}
    </List>
  );
}
