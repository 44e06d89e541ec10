import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EPOCH_START, type EngineEvent } from '../../../../engine';
import { createAppStore } from '../../../../store';
import { MessageBrowser } from './MessageBrowser';
import type { PeekedMessage } from './messages/peeked';
import { fakeSim, node, renderPanel, scenarioWith } from '../../../../ui/panels/testing/harness';

const T0 = EPOCH_START;
const messages: PeekedMessage[] = [
  {
    MessageId: 'id-1',
    N: 1,
    Body: 'order #1',
    State: 'inflight',
    ReceiveCount: 2,
    SentTimestamp: T0,
    VisibleAt: T0 + 42_000,
    ReceivedAt: T0 + 12_000,
    VisibilityTimeout: 30,
    MessageAttributes: { customer: { DataType: 'String', StringValue: 'ada' } },
  },
  {
    MessageId: 'id-2',
    N: 2,
    Body: 'order #2',
    State: 'delayed',
    ReceiveCount: 0,
    SentTimestamp: T0 + 1000,
    VisibleAt: T0 + 6000,
    MessageAttributes: {},
  },
];

const life: EngineEvent[] = [
  {
    type: 'sqs/sent',
    at: T0,
    queue: 'orders',
    messageId: 'id-1',
    n: 1,
    by: 'p1',
    size: 8,
    delaySeconds: 0,
  },
  {
    type: 'sqs/received',
    at: T0 + 1000,
    queue: 'orders',
    messageId: 'id-1',
    n: 1,
    by: 'c1',
    receiveCount: 1,
    visibilityTimeout: 10,
    visibleAt: T0 + 11_000,
  },
  {
    type: 'sqs/sent',
    at: T0 + 1000,
    queue: 'orders',
    messageId: 'id-2',
    n: 2,
    by: 'p1',
    size: 8,
    delaySeconds: 5,
  },
  {
    type: 'sqs/visibility-expired',
    at: T0 + 11_000,
    queue: 'orders',
    messageId: 'id-1',
    n: 1,
    receiveCount: 1,
    visibilityTimeout: 10,
  },
];

describe('MessageBrowser', () => {
  it('lists the peeked messages with state, receive count and countdown, and shows a timeline', async () => {
    const store = createAppStore();
    store.setState({
      scenario: scenarioWith([node('q1', 'sqs-queue', { QueueName: 'orders' })]),
      selectedNodeId: 'q1',
      startTime: T0,
      now: T0 + 20_000,
      events: life.map((event, seq) => ({ seq, event })),
    });
    const { sim, call } = fakeSim({ 'playground.PeekMessages': () => ({ Messages: messages }) });
    renderPanel(<MessageBrowser />, store, sim);

    const table = await screen.findByRole('table');
    expect(call).toHaveBeenCalledWith('playground', 'PeekMessages', {
      QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders',
    });
    const rows = within(table).getAllByRole('row');
    // A row of numbers per message, and its body across the whole width below it.
    expect(rows).toHaveLength(5);
    expect(rows[1]).toHaveTextContent(/^m-1\s*in flight\s*2\s*visible again in 22\.0 s$/);
    expect(rows[2]).toHaveTextContent(/^Body: order #1$/);
    expect(within(rows[2]!).getByRole('cell')).toHaveAttribute('colspan', '4');
    expect(rows[3]).toHaveTextContent(/^m-2\s*delayed\s*0\s*visible in 0\.0 s$/);
    expect(rows[4]).toHaveTextContent(/^Body: order #2$/);

    fireEvent.click(screen.getByRole('button', { name: 'Show m-1 (id-1)' }));
    expect(store.getState().selectedMessageId).toBe('id-1');
    const details = screen.getByRole('region', { name: 'Details of m-1' });
    expect(details).toHaveTextContent('customer (String)ada');
    const timeline = within(screen.getByRole('region', { name: 'Timeline of id-1' })).getAllByRole(
      'listitem',
    );
    expect(timeline.map((li) => li.textContent)).toEqual([
      '+00:00.0m-1 sent to orders by p1.',
      '+00:01.0m-1 received by c1 from orders (1st receive); invisible to others for 10 s.',
      '+00:11.0m-1 became visible again in orders: its 10 s visibility timeout ran out before DeleteMessage; received once so far.',
    ]);
  });

  it('asks for a queue when none is selected', () => {
    renderPanel(<MessageBrowser />);
    expect(screen.getByText('Select a queue to browse its messages.')).toBeInTheDocument();
  });
});
