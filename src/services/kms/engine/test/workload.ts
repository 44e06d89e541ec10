import { expect } from 'vitest';
import type { Random } from '../../../../engine/testing/random';
import type { RecordedCall } from '../../../../engine/testing/testWorld';
import type { Workload } from '../../../../engine/testing/workload';

const ACCOUNT = '123456789012';
const PREFIX = `arn:aws:kms:us-east-1:${ACCOUNT}:`;

interface Known {
  /** Keys as CreateKey answered them; `policy` as last put (undefined: the default policy). */
  keys: { id: string; arn: string; description: string; policy?: string }[];
  /** Alias name → KeyId, as CreateAlias was answered. */
  aliases: Record<string, string>;
  made: number;
}

const policyFor = (account: string, Sid: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      { Sid, Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*' },
    ],
  });
/** Two of ours; one that locks the account out (refused without the bypass); one no object. */
const POLICIES = [
  policyFor(ACCOUNT, 'first'),
  policyFor(ACCOUNT, 'second'),
  policyFor('111122223333', 'theirs'),
  '[]',
];

/** A key as callers name it: id, ARN, alias, alias ARN, the AWS managed key, or nothing real. */
function keyRef(random: Random, known: Known): string {
  const key = random.pick(known.keys);
  const alias = random.pick(Object.keys(known.aliases));
  return (
    random.pick([
      key?.id,
      key?.id,
      key?.arn,
      alias,
      alias === undefined ? undefined : PREFIX + alias,
      'alias/aws/sqs',
      '00000000-0000-0000-0000-000000000000',
    ]) ?? ''
  );
}

/** The KeyId a reference names, as far as the answers told. */
function resolve(known: Known, ref: string): string | undefined {
  const local = ref.startsWith(PREFIX) ? ref.slice(PREFIX.length) : ref;
  if (local.startsWith('alias/')) return known.aliases[local];
  return local.startsWith('key/') ? local.slice(4) : local;
}

type Maker = (random: Random, known: Known) => Record<string, unknown>;
const byKey: Maker = (random, known) => ({ KeyId: keyRef(random, known) });
const MAKERS: Record<string, Maker> = {
  CreateKey: (random, known) => ({
    Description: `key ${known.made++}`,
    ...(random.chance(0.3) ? { Policy: random.pick(POLICIES) } : {}),
  }),
  CreateAlias: (random, known) => ({
    AliasName: random.pick([
      'alias/orders',
      'alias/billing',
      'alias/audit',
      'alias/aws/mine',
      'orders',
    ]),
    TargetKeyId: keyRef(random, known),
  }),
  DescribeKey: byKey,
  GetKeyPolicy: byKey,
  GenerateDataKey: byKey,
  Decrypt: byKey,
  PutKeyPolicy: (random, known) => ({
    KeyId: keyRef(random, known),
    Policy: random.pick(POLICIES),
    ...(random.chance(0.2) ? { BypassPolicyLockoutSafetyCheck: true } : {}),
  }),
};
const WEIGHTS: readonly (readonly [number, string])[] = [
  [3, 'CreateKey'],
  [2, 'CreateAlias'],
  [2, 'DescribeKey'],
  [1, 'GetKeyPolicy'],
  [2, 'GenerateDataKey'],
  [2, 'Decrypt'],
  [2, 'PutKeyPolicy'],
];

function learn(known: Known, { action, input, outcome }: RecordedCall): void {
  if (outcome?.ok !== true) return;
  const given = input as Record<string, string>;
  if (action === 'CreateKey') {
    const { KeyId, Arn, Description } = (outcome.value as { KeyMetadata: Record<string, string> })
      .KeyMetadata as { KeyId: string; Arn: string; Description: string };
    known.keys.push({
      id: KeyId,
      arn: Arn,
      description: Description,
      ...(given.Policy === undefined ? {} : { policy: given.Policy }),
    });
  }
  const keyId = resolve(known, given.TargetKeyId ?? given.KeyId ?? '');
  if (action === 'CreateAlias' && keyId !== undefined)
    known.aliases[given.AliasName as string] = keyId;
  const key = known.keys.find((k) => k.id === keyId);
  if (action === 'PutKeyPolicy' && key !== undefined) key.policy = given.Policy as string;
}

const start = (): Known => ({ keys: [], aliases: {}, made: 0 });

/** KMS's calls for the engine-wide properties: keys, aliases, policies and their uses. */
export const workload: Workload<Known> = {
  service: 'kms',
  steps: 80,
  shows: [],
  start,
  learn,
  next(random, known) {
    const action = random.weighted(WEIGHTS);
    return { service: 'kms', action, input: (MAKERS[action] as Maker)(random, known) };
  },
  pause: (random) => (random.chance(0.7) ? 0 : random.int(0, 60_000)),
  /** Every key and alias is as its answers left it: none lost, none changed unasked. */
  async check(world) {
    const known = start();
    for (const call of world.calls) learn(known, call);
    const describe = (KeyId: string) =>
      world.engine.call<{ KeyMetadata: Record<string, unknown> }>('kms', 'DescribeKey', { KeyId });
    for (const key of known.keys) {
      expect((await describe(key.id)).KeyMetadata).toMatchObject({
        KeyId: key.id,
        Arn: key.arn,
        Description: key.description,
      });
      const { Policy } = await world.engine.call<{ Policy: string }>('kms', 'GetKeyPolicy', {
        KeyId: key.id,
      });
      if (key.policy === undefined)
        expect(JSON.parse(Policy)).toMatchObject({ Id: 'key-default-1' });
      else expect(Policy).toBe(key.policy);
    }
    for (const [alias, keyId] of Object.entries(known.aliases))
      expect((await describe(alias)).KeyMetadata.KeyId, alias).toBe(keyId);
  },
};
