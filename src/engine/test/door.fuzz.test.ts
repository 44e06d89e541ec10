import { describe, expect, it } from 'vitest';
import { fuzz, type FuzzResult } from '../testing/fuzz/runner';
import { seedsFrom } from '../testing/seeds';

/**
 * Seeded random calls through the door (after tldraw's recordStoreFuzzing.test.ts): every SQS
 * and playground action with valid and hostile input, time advancing, snapshots restored. After
 * every call: no synchronous throw, every rejection an AWS error, no long poll waiting beside a
 * receivable message, and (every 25 calls) the world holds exactly the copies the shadow ledger
 * of events says. The same seed must give the same log with and without restores and sliced
 * advances. More seeds locally: FUZZ_SEEDS=1-200 FUZZ_CALLS=5000 npx vitest run door.fuzz
 */
/** Node's environment (the engine's tsconfig has no Node types). */
declare const process: { env: Record<string, string | undefined> };

const seeds = seedsFrom('FUZZ_SEEDS') ?? [1, 2];
const calls = Number(process.env.FUZZ_CALLS ?? 1200);

function firstDifference(a: FuzzResult, b: FuzzResult): string | undefined {
  const i = a.log.findIndex((line, j) => line !== b.log[j]);
  if (i === -1 && a.log.length === b.log.length) return undefined;
  const at = i === -1 ? a.log.length : i;
  return `line ${at}:\n  ${a.log[at] ?? '(end)'}\n  ${b.log[at] ?? '(end)'}`;
}

describe('random calls through the door', () => {
  for (const seed of seeds) {
    it(`seed ${seed}: ${calls} calls, no defect, the same log after restores and sliced advances`, async () => {
      const plain = await fuzz({ seed, calls });
      const replayed = await fuzz({ seed, calls, restore: true, sliced: true });
      expect([...plain.problems, ...replayed.problems].slice(0, 10)).toEqual([]);
      expect(plain.rejections).toBeGreaterThan(calls / 20); // hostile calls were made
      expect(firstDifference(plain, replayed)).toBeUndefined();
    }, 60_000);
  }
});
