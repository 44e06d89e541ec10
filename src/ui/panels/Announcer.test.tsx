import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { explain, type EngineEvent } from '../../engine';
import type { FrameBatch } from '../../protocol/messages';
import { ANNOUNCE_EVERY_MS, Announcer } from './Announcer';
import { renderPanel } from './testing/harness';

const moved = (n: number): EngineEvent => ({
  type: 'sqs/moved-to-dlq',
  at: n,
  queue: 'orders',
  messageId: `id-${n}`,
  n,
  deadLetterQueue: 'orders-dlq',
  receiveCount: 4,
  maxReceiveCount: 3,
});

function frame(n: number, events: EngineEvent[], eventsDropped = 0): FrameBatch {
  return {
    type: 'frame',
    runId: 0,
    frame: n,
    now: n,
    startTime: 0,
    playing: true,
    speed: 'max',
    events,
    eventsDropped,
    gauges: { sqs: {}, sns: {}, s3: {}, actors: {} },
  };
}

describe('Announcer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reads each event once, also when the worker left events out between frames', () => {
    const { store } = renderPanel(<Announcer />);
    act(() => store.getState().applyFrames([frame(1, [moved(1)])]));
    act(() => store.getState().applyFrames([frame(2, [], 40)]));
    act(() => vi.advanceTimersByTime(ANNOUNCE_EVERY_MS));
    expect(screen.getByRole('status')).toHaveTextContent(explain(moved(1)));

    act(() => store.getState().applyFrames([frame(3, [moved(2), moved(3)], 7)]));
    act(() => vi.advanceTimersByTime(ANNOUNCE_EVERY_MS));
    expect(screen.getByRole('status')).toHaveTextContent(
      '2 messages moved to a dead-letter queue.',
    );
  });
});
