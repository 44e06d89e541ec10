/**
 * Setup for the 'ui' Vitest project (jsdom). Globals are off, so Testing Library cannot
 * register its own cleanup: do it here.
 *
 * React Flow 12 measures nodes through ResizeObserver, offsetWidth/offsetHeight and the
 * viewport's DOMMatrix; jsdom has none of these, and without them edges never render.
 */
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
});

/**
 * Fires its callback asynchronously, like a browser. A synchronous mock (as in the React Flow
 * docs) is silently dropped because it runs before React Flow is ready, and edges never render.
 */
class AsyncResizeObserver implements ResizeObserver {
  readonly #callback: ResizeObserverCallback;
  readonly #timers = new Set<ReturnType<typeof setTimeout>>();

  constructor(callback: ResizeObserverCallback) {
    this.#callback = callback;
  }

  observe(target: Element): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      const width = 500;
      const height = 500;
      const rect = { x: 0, y: 0, top: 0, left: 0, bottom: height, right: width, width, height };
      const size = [{ inlineSize: width, blockSize: height }];
      const entry = {
        target,
        contentRect: { ...rect, toJSON: () => rect },
        borderBoxSize: size,
        contentBoxSize: size,
        devicePixelContentBoxSize: size,
      } as unknown as ResizeObserverEntry;
      this.#callback([entry], this);
    }, 0);
    this.#timers.add(timer);
  }

  unobserve(): void {}

  disconnect(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}

/** Only what React Flow reads: the zoom is `m22` of the viewport's transform. */
class DOMMatrixReadOnlyStub {
  readonly m22: number;

  constructor(transform?: string) {
    const scale = transform?.match(/scale\(([-\d.]+)\)/)?.[1];
    this.m22 = scale === undefined ? 1 : Number(scale);
  }
}

// Assigned unconditionally: if jsdom ever ships its own (inert) versions, these must still win.
globalThis.ResizeObserver = AsyncResizeObserver;
globalThis.DOMMatrixReadOnly = DOMMatrixReadOnlyStub as unknown as typeof DOMMatrixReadOnly;

Object.defineProperties(globalThis.HTMLElement.prototype, {
  offsetWidth: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.width) || 1;
    },
  },
  offsetHeight: {
    configurable: true,
    get(this: HTMLElement) {
      return Number.parseFloat(this.style.height) || 1;
    },
  },
});
