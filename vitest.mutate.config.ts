import { defineConfig } from 'vitest/config';

// What `npm run mutate` (Stryker) runs against every mutant: the engine's own tests, in Node. The
// UI's jsdom tests would double each run without reaching more engine code. The in-flight quota
// test sends 120,000 messages and would rerun for nearly every send/receive mutant: it stays in
// `npm test` only, so a mutant of the 120,000 in-flight limit survives here (known, not a gap).
export default defineConfig({
  test: {
    environment: 'node',
    include: ['src/engine/**/*.test.ts'],
    exclude: ['src/engine/services/sqs/test/inFlightQuota.test.ts'],
    // Instrumented code on two shared cores is slow; Stryker has its own timeout for endless loops.
    testTimeout: 30_000,
  },
});
