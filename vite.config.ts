import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';

/**
 * Share links carry other people's text, so the built site only runs its own code: scripts,
 * styles, the worker and everything else from the site itself, no eval, no inline script.
 * React Flow's and uPlot's inline styles are set through the CSSOM, which style-src allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/**
 * The policy as a <meta> tag in the built page (static hosts send no headers of their own). Not
 * in the dev server: its hot reload needs inline scripts and styles.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The engine's tests: Node only, no DOM. `npm run mutate` runs these against every mutant. */
export const ENGINE_TESTS = [
  'src/engine/**/*.test.ts',
  'src/services/*/engine/**/*.test.ts',
  'src/services/*/sdk/**/*.test.ts',
];

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy()],
  // vite preview serves the built site as a host would: the policy also as a header, which
  // covers the worker's own script and can forbid framing (a <meta> policy cannot).
  preview: {
    headers: { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'` },
  },
  worker: { format: 'es' },
  // The first-paint budget (250 kB gzip) is what matters and `npm run bench:ui` measures it;
  // the entry chunk is ~625 kB before compression, so the generic 500 kB warning is only noise.
  build: { chunkSizeWarningLimit: 700 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'engine',
          environment: 'node',
          include: ENGINE_TESTS,
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: [
            'src/**/*.test.tsx',
            'src/!(engine|services)/**/*.test.ts',
            'src/services/*/!(engine|sdk)/**/*.test.ts',
          ],
          setupFiles: ['src/test/setup.ts'],
        },
      },
    ],
  },
});
