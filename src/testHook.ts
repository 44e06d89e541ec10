import type { SimControls } from './client/controls';
import type { AppStore } from './store';

/** What Playwright specs reach through `window.__playground` (test builds only). */
export interface PlaygroundTestHook {
  store: AppStore;
  sim: SimControls;
}

declare global {
  interface Window {
    __playground?: PlaygroundTestHook;
  }
}

/**
 * Exposes the store and the sim controls on `window` in builds made with
 * `vite build --mode e2e`, and nowhere else: Vite replaces `import.meta.env.MODE` with a
 * constant, so in the shipped site this body is dead code and the minifier removes it.
 */
export function installTestHook(hook: PlaygroundTestHook): () => void {
  if (import.meta.env.MODE !== 'e2e') return () => {};
  window.__playground = hook;
  return () => {
    if (window.__playground === hook) delete window.__playground;
  };
}
