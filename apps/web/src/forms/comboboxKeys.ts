import type { KeyboardEvent } from 'react';

/** What one editable combobox does for the keys of the WAI-ARIA APG "list autocomplete" pattern. */
export interface ComboboxKeyActions {
  open: boolean;
  /** Down (+1) or Up (-1): move the active option, or open the list first. */
  move(step: 1 | -1): void;
  /** Picks the active option; undefined when there is none, so Enter keeps submitting the form. */
  pickActive: (() => void) | undefined;
  close(): void;
}

/** The keys every combobox of the app shares: Up/Down move, Enter picks, Escape closes the open list. */
export function onComboboxKey(event: KeyboardEvent<HTMLInputElement>, actions: ComboboxKeyActions): void {
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp':
      event.preventDefault();
      actions.move(event.key === 'ArrowDown' ? 1 : -1);
      break;
    case 'Enter':
      if (actions.pickActive) {
        event.preventDefault();
        actions.pickActive();
      }
      break;
    case 'Escape':
      if (actions.open) {
        event.preventDefault();
        actions.close();
      }
      break;
  }
}
