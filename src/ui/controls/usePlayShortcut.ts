import { useEffect, useEffectEvent } from 'react';

/**
 * Where Space types, chooses or ticks, it belongs to the focused element: text fields, lists,
 * checkboxes (they have no other key), and anything inside a dialog (a context of its own).
 */
const OWNS_SPACE = [
  'input:not([type="button"], [type="submit"], [type="reset"], [type="range"], [type="image"])',
  'textarea',
  'select',
  '[contenteditable]:not([contenteditable="false"])',
  'dialog',
  ...[
    'dialog',
    'alertdialog',
    'checkbox',
    'combobox',
    'listbox',
    'menuitem',
    'menuitemcheckbox',
    'menuitemradio',
    'option',
    'radio',
    'searchbox',
    'spinbutton',
    'switch',
    'textbox',
  ].map((role) => `[role="${role}"]`),
].join(', ');

export function ownsSpace(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(OWNS_SPACE) !== null;
}

const isSpace = (event: KeyboardEvent) =>
  event.key === ' ' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;

/**
 * Space plays and pauses, and only that, wherever focus is (a button just clicked, a canvas
 * node, the speed slider), except where Space types or chooses. It is taken in the capture
 * phase, before the focused element sees it: a focused button would otherwise also click
 * (browsers click on Space's keyup) and a node would also be selected.
 */
export function usePlayShortcut(toggle: () => void, enabled: boolean): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || !isSpace(event) || ownsSpace(event.target)) return;
    event.preventDefault(); // no page scroll, no button click
    event.stopPropagation(); // no node selection, no canvas panning
    if (event.type === 'keydown' && !event.repeat) toggle();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKey, { capture: true });
    window.addEventListener('keyup', onKey, { capture: true });
    return () => {
      window.removeEventListener('keydown', onKey, { capture: true });
      window.removeEventListener('keyup', onKey, { capture: true });
    };
  }, []);
}
