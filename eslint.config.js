import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import { readdirSync } from 'node:fs';

/** Globals that would make the engine depend on wall time, ambient randomness or a host. */
const impureGlobals = [
  'Date',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'queueMicrotask',
  'requestAnimationFrame',
  'performance',
  'window',
  'document',
  'self',
  'navigator',
  'localStorage',
  'fetch',
  'crypto',
  'process',
].map((name) => ({
  name,
  message: 'The engine is pure: use the virtual clock and the seeded RNG, never the host.',
}));

/** The service folders under src/services (sqs, kms, ...). */
const serviceNames = readdirSync(new URL('./src/services', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const uiLibraries = {
  group: ['react', 'react-*', 'zustand*', '@xyflow/*', 'motion*', 'uplot*'],
  message: 'The engine must not import UI libraries.',
};
const layersAbove = {
  group: ['**/ui/**', '**/store/**', '**/worker/**', '**/client/**', '**/protocol/**'],
  message: 'The engine must not import from the layers above it.',
};
const pure = {
  'no-restricted-globals': ['error', ...impureGlobals],
  'no-restricted-properties': [
    'error',
    { object: 'Math', property: 'random', message: 'Use the seeded RNG (core/rng.ts).' },
  ],
};
const otherServices = (name) => ({
  group: serviceNames.filter((other) => other !== name).map((other) => `**/services/${other}/**`),
  message:
    'One service reaches another only through the engine (sim.callService), never its folder.',
});

/**
 * The engine is pure, and its core names no service: only the door's assembly (world.ts) reads
 * the list of services. Each service's engine is pure too.
 */
function engineBlocks() {
  const tests = ['src/**/*.test.ts', 'src/engine/testing/**', 'src/engine/test/**'];
  return [
    {
      files: ['src/engine/**/*.ts'],
      ignores: [...tests, 'src/engine/world.ts', 'src/engine/index.ts'],
      rules: {
        ...pure,
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              uiLibraries,
              layersAbove,
              {
                group: ['**/services/**'],
                message: 'The core names no service: the list is handed in (see world.ts).',
              },
            ],
          },
        ],
      },
    },
    {
      // The door: it assembles the list of services and re-exports their public types.
      files: ['src/engine/world.ts', 'src/engine/index.ts'],
      rules: {
        ...pure,
        'no-restricted-imports': ['error', { patterns: [uiLibraries, layersAbove] }],
      },
    },
    ...serviceNames.map((name) => ({
      files: [`src/services/${name}/engine/**/*.ts`],
      ignores: tests,
      rules: {
        ...pure,
        'no-restricted-imports': [
          'error',
          { patterns: [uiLibraries, layersAbove, otherServices(name)] },
        ],
      },
    })),
  ];
}

/** A service's page side reaches no other service's folder either. */
function serviceBoundaries() {
  return serviceNames.map((name) => ({
    files: [`src/services/${name}/!(engine)/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns: [otherServices(name)] }] },
  }));
}

/** The worker runs without the DOM: what it shares with the page lives in src/protocol. */
const noPage = {
  group: ['**/ui/**', '**/store/**'],
  message: 'The worker must not import the UI; share the code through src/protocol.',
};
const noServices = {
  group: ['**/services/**'],
  message: 'The shell names no service: read them from src/ui/plugins/registry.ts.',
};

/** The page's shell and the worker read the services only through the registry and the door. */
function shellBlocks() {
  const tests = ['src/**/*.test.{ts,tsx}'];
  const restrict = (...patterns) => ({
    'no-restricted-imports': ['error', { patterns }],
  });
  return [
    {
      files: ['src/{ui,store,client,protocol,persistence}/**/*.{ts,tsx}', 'src/*.{ts,tsx}'],
      ignores: [...tests, 'src/ui/plugins/registry.ts'],
      rules: restrict(noServices),
    },
    { files: ['src/worker/**/*.ts'], ignores: tests, rules: restrict(noPage, noServices) },
    // The SDK door reads the services' wire codecs from their list (src/services/sdk.ts) only.
    {
      files: ['src/sdk/**/*.ts'],
      ignores: ['src/sdk/engineRequestHandler.ts'],
      rules: restrict(noServices),
    },
    { files: ['src/worker/**/*.test.ts'], rules: restrict(noPage) },
  ];
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', '.reports'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...engineBlocks(),
  ...serviceBoundaries(),
  ...shellBlocks(),
);
