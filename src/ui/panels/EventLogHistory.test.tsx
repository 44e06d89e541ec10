import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { EPOCH_START, type EngineEvent } from '../../engine';
import type { HistoryAnswer } from '../../protocol/messages';
import { createAppStore } from '../../store';
import { EventLog } from './EventLog';
import { fakeSim, node, renderPanel, scenarioWith } from './testing/harness';

const T0 = EPOCH_START;
const sent = (n: number, at: number): EngineEvent => ({
  type: 'sqs/sent',
  at: T0 + at,
  queue: 'orders',
  messageId: `id-${n}`,
  n,
  by: 'p1',
  size: 1,
  delaySeconds: 0,
});
const deleted = (n: number, at: number): EngineEvent => ({
  type: 'sqs/deleted',
  at: T0 + at,
  queue: 'orders',
  messageId: `id-${n}`,
  n,
  by: 'c1',
  receiveCount: 1,
  inQueueMs: at,
});

describe('EventLog after a jump', () => {
  it('filtered by a message, shows its events from the whole run, not only the recent window', async () => {
    const store = createAppStore();
    // The store's window holds events 9,000 on; m-1 was sent and deleted long before.
    store.setState({
      scenario: scenarioWith([node('q1', 'sqs-queue', { QueueName: 'orders' })]),
      startTime: T0,
      events: [{ seq: 9_000, event: sent(500, 600_000) }],
      eventCount: 9_001,
    });
    const answer: HistoryAnswer = {
      type: 'history',
      requestId: 1,
      runId: store.getState().runId,
      events: [
        { seq: 3, event: sent(1, 1_000) },
        { seq: 40, event: deleted(1, 5_000) },
      ],
      upToSeq: 9_001,
      keptFromSeq: 0,
      leftOut: 0,
    };
    const { sim } = fakeSim();
    sim.history = vi.fn(() => Promise.resolve(answer));
    renderPanel(<EventLog />, store, sim);
    expect(screen.getByText(/Newest 1 of 9,001 events/)).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('Only events about message id'), {
      target: { value: 'm-1' },
    });
    const list = await screen.findByRole('list', { name: 'Events' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(list).toHaveTextContent('m-1 sent to orders by p1.');
    expect(list).toHaveTextContent('m-1 deleted from orders by c1');
    expect(sim.history).toHaveBeenLastCalledWith({ messageId: 'm-1' });
  });
});
