import { describe, expect, it } from 'vitest';
import { settingName, valueAt } from '../../../../engine/scenario/settings';
import { SQS_NODE_KINDS } from '../scenario/kinds';

/** The least config each actor kind accepts: what its edge would give it. */
const BASE: Record<string, Record<string, unknown>> = {
  producer: { QueueUrl: 'orders' },
  consumer: { QueueUrl: 'orders' },
  'autoscaling-consumers': { QueueUrl: 'orders' },
  'lambda-sqs': { EventSourceArn: 'arn:aws:sqs:us-east-1:123456789012:orders' },
};

function withValue(base: Record<string, unknown>, path: readonly string[], value: unknown) {
  const config = structuredClone(base);
  let node = config;
  path.slice(0, -1).forEach((key) => {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  });
  node[path[path.length - 1] ?? ''] = value;
  return config;
}

describe('the actor kinds read their settings schema', () => {
  for (const kind of SQS_NODE_KINDS.filter((k) => k.role === 'actor')) {
    const base = BASE[kind.type] ?? {};
    const configure = (config: unknown) => kind.configure?.(config);

    it(`${kind.type}: a whole number above its max is refused with the schema's range`, () => {
      for (const s of kind.settings ?? []) {
        if (s.type !== 'integer') continue;
        const config = withValue(base, s.path, s.max + 1);
        expect(() => configure(config), settingName(s)).toThrow(
          `must be a whole number from ${s.min} to ${s.max} (got ${s.max + 1})`,
        );
      }
    });

    it(`${kind.type}: what it is not given takes the schema's default`, () => {
      const config = configure(base);
      for (const s of kind.settings ?? []) {
        if (s.when !== undefined || !('default' in s) || s.type === 'boolean') continue;
        expect(valueAt(config, s.path), settingName(s)).toBe(s.default);
      }
    });
  }
});
