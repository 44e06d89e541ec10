import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

let list: MediaQueryList | undefined;

/** One MediaQueryList for the page: asking matchMedia on every render costs a style lookup. */
function media(): MediaQueryList | undefined {
  if (
    list === undefined &&
    typeof window !== 'undefined' &&
    typeof window.matchMedia === 'function'
  ) {
    list = window.matchMedia(QUERY);
  }
  return list;
}

function subscribe(onChange: () => void): () => void {
  const m = media();
  m?.addEventListener('change', onChange);
  return () => m?.removeEventListener('change', onChange);
}

/** True when the user asked the system for less motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => media()?.matches ?? false,
    () => false,
  );
}
