import { describe, expect, it } from 'vitest';
import type { SettingSchema } from '../../../engine';
import { defaultText, patchSetting, rangeText, readSetting } from './spec';

const block: SettingSchema = { path: ['Heartbeat'], type: 'block' };
const interval: SettingSchema = {
  path: ['Heartbeat', 'IntervalSeconds'],
  type: 'integer',
  min: 1,
  max: 43_200,
  default: 10,
  unit: 'seconds',
};
const sse: SettingSchema = {
  path: ['Attributes', 'SqsManagedSseEnabled'],
  name: 'SqsManagedSseEnabled',
  type: 'boolean',
  stored: 'string',
  excludes: [['Attributes', 'KmsMasterKeyId']],
};
const distribution: SettingSchema = {
  path: ['ProcessingTime', 'Distribution'],
  type: 'choice',
  choices: ['fixed', 'uniform'],
  default: 'fixed',
  variants: { fixed: { Ms: 1000 }, uniform: { MinMs: 500, MaxMs: 1500 } },
};
const settings = [block, interval, sse, distribution];

describe('a setting read and written from its schema entry', () => {
  it('describes its range and default', () => {
    expect(rangeText(interval)).toBe('1–43,200 seconds');
    expect(defaultText(interval)).toBe('10');
    expect(defaultText(block)).toBe('false');
  });

  it('keeps an optional block on when its last member goes, and drops other empty objects', () => {
    const config = { Heartbeat: { IntervalSeconds: 5 } };
    expect(patchSetting(settings, interval, config, undefined)).toEqual({ Heartbeat: {} });
    expect(patchSetting(settings, block, config, 'false')).toEqual({ Heartbeat: undefined });
    expect(readSetting(block, { Heartbeat: {} })).toBe('true');
    const attributes = { Attributes: { SqsManagedSseEnabled: 'false' } };
    expect(patchSetting(settings, sse, attributes, undefined)).toEqual({ Attributes: undefined });
  });

  it('turning a setting on removes the ones it excludes', () => {
    const config = { Attributes: { KmsMasterKeyId: 'alias/aws/sqs', DelaySeconds: '5' } };
    expect(patchSetting(settings, sse, config, 'true')).toEqual({
      Attributes: { DelaySeconds: '5', SqsManagedSseEnabled: 'true' },
    });
  });

  it('a variant writes its enclosing object afresh', () => {
    const config = { ProcessingTime: { Distribution: 'fixed', Ms: 20 } };
    expect(patchSetting(settings, distribution, config, 'uniform')).toEqual({
      ProcessingTime: { Distribution: 'uniform', MinMs: 500, MaxMs: 1500 },
    });
  });
});
