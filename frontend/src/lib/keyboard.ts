import type { KeyboardEvent } from 'react';

/**
 * Props that make a clickable element that is not a button (a list item, a table row) usable from the
 * keyboard as well: it takes focus with Tab and Enter or Space act as a click. `role` is left to the
 * caller (a table row stays a row).
 */
export function keyboardClickable(onActivate: () => void) {
  return {
    tabIndex: 0,
    onClick: onActivate,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.target !== e.currentTarget) return; // a button or link inside handles its own keys
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onActivate();
      }
    },
  };
}
