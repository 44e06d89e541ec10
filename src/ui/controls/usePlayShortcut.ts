import { useEffect, useEffectEvent } from 'react';

/** Space belongs to whatever is focused when that is a field, a button or a widget. */
const OWNS_SPACE = [
  'input',
  'textarea',
  'select',
  'button',
  'a[href]',
  '[contenteditable]:not([contenteditable="false"])',
  ...[
    'button',
    'checkbox',
    'combobox',
    'menuitem',
    'option',
    'radio',
    'slider',
    'spinbutton',
    'switch',
    'tab',
    'textbox',
  ].map((role) => `[role="${role}"]`),
].join(', ');

export function ownsSpace(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(OWNS_SPACE) !== null;
}

/** Space toggles play/pause anywhere on the page, unless the focused element uses Space itself. */
export function usePlayShortcut(toggle: () => void, enabled: boolean): void {
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (!enabled || event.key !== ' ' || event.repeat || event.defaultPrevented) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (ownsSpace(event.target)) return;
    event.preventDefault(); // no page scroll
    toggle();
  });
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
