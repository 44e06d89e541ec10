import { defineConfig } from 'vitest/config';
import { ENGINE_TESTS } from './vite.config';

// What `npm run mutate` (Stryker) runs against every mutant: the engine's own example tests, in
// Node. The UI's jsdom tests would double each run without reaching more engine code. Left out, as
// each would rerun for nearly every mutant: the in-flight quota test (120,000 messages) and the
// seeded fuzz and property runs (thousands of random calls). They stay in `npm test`; a mutant
// only they would kill counts as a survivor here, so the score is the examples' alone.
export default defineConfig({
  test: {
    environment: 'node',
    include: ENGINE_TESTS,
    exclude: [
      'src/services/sqs/engine/test/inFlightQuota.test.ts',
      '**/*.fuzz.test.ts',
      '**/properties.test.ts',
    ],
    // Instrumented code on two shared cores is slow; Stryker has its own timeout for endless loops.
    testTimeout: 30_000,
  },
});
