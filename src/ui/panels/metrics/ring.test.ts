import { describe, expect, it } from 'vitest';
import type { WorldGauges } from '../../../engine';
import { MetricsRecorder } from './recorder';
import { perMinute, Ring } from './ring';

describe('Ring', () => {
  it('keeps the newest samples in time order once full', () => {
    const ring = new Ring(['a', 'b'], 3);
    for (let i = 1; i <= 5; i++) ring.push(i * 1000, [i, i * 10]);
    expect(ring.size).toBe(3);
    expect(ring.times()).toEqual([3000, 4000, 5000]);
    expect(ring.column('a')).toEqual([3, 4, 5]);
    expect(ring.column('b')).toEqual([30, 40, 50]);
    expect(ring.column('missing')).toEqual([]);
  });

  it('replaces the sample of the same virtual time and starts over when time goes back', () => {
    const ring = new Ring(['a'], 4);
    ring.push(1000, [1]);
    ring.push(2000, [2]);
    ring.push(2000, [7]);
    expect(ring.times()).toEqual([1000, 2000]);
    expect(ring.column('a')).toEqual([1, 7]);
    ring.push(500, [9]);
    expect(ring.times()).toEqual([500]);
    expect(ring.column('a')).toEqual([9]);
  });
});

describe('perMinute', () => {
  it('turns a cumulative counter into a per-minute rate over the trailing minute', () => {
    // 2 messages per second, sampled every 30 s.
    const t = [0, 30_000, 60_000, 90_000];
    const c = [0, 60, 120, 180];
    expect(perMinute(t, c)).toEqual([null, 120, 120, 120]);
  });

  it('uses the previous sample when samples are more than a minute apart, and null after a reset', () => {
    expect(perMinute([0, 120_000, 240_000], [0, 10, 30])).toEqual([null, 5, 10]);
    expect(perMinute([0, 1000, 2000], [50, 5, 6])).toEqual([null, null, 60]);
  });

  it('averages over the window when sampled often', () => {
    const t = Array.from({ length: 121 }, (_, i) => i * 1000);
    const c = t.map((ms) => (ms < 60_000 ? 0 : (ms - 60_000) / 1000)); // 1/s after the first minute
    const rates = perMinute(t, c);
    expect(rates[60]).toBe(0);
    expect(rates[90]).toBe(30); // half the window at 1/s
    expect(rates[120]).toBe(60);
  });
});

describe('MetricsRecorder', () => {
  const gauges = (sent: number): WorldGauges => ({
    sqs: {
      orders: { ApproximateNumberOfMessagesVisible: sent, NumberOfMessagesSent: sent } as never,
    },
    sns: {},
    s3: {},
    actors: { c1: { Status: 'polling', Received: sent } },
  });

  it('samples at most once per virtual second and only numeric gauges', () => {
    const r = new MetricsRecorder(10, 1000);
    r.record(0, gauges(1));
    r.record(400, gauges(2));
    r.record(1000, gauges(3));
    expect(r.ring('sqs:orders')?.column('NumberOfMessagesSent')).toEqual([1, 3]);
    expect(r.ring('actors:c1')?.keys).toEqual(['Received']);
  });

  it('samples a change made while the clock stands still (a hand-sent message while paused)', () => {
    const r = new MetricsRecorder(10, 1000);
    r.record(0, gauges(1));
    r.record(700, gauges(1)); // paused at 0.7 s, within the second: not sampled
    const paused = gauges(2);
    r.record(700, paused); // a message sent by hand: same clock, new gauges
    expect(r.ring('sqs:orders')?.times()).toEqual([0, 700]);
    expect(r.ring('sqs:orders')?.column('NumberOfMessagesSent')).toEqual([1, 2]);
    r.record(700, paused); // something else in the store changed (a selection): nothing new
    r.record(700, gauges(3));
    expect(r.ring('sqs:orders')?.column('NumberOfMessagesSent')).toEqual([1, 3]);
  });

  it('starts over when the clock goes back', () => {
    const r = new MetricsRecorder(10, 1000);
    r.record(5000, gauges(1));
    r.record(1000, gauges(2));
    expect(r.ring('sqs:orders')?.times()).toEqual([1000]);
  });
});
