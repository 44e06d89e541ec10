import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EPOCH_START, type EngineEvent } from '../../engine';
import { createAppStore } from '../../store';
import { EventLog, ROW_HEIGHT } from './EventLog';
import { node, renderPanel, scenarioWith } from './testing/harness';

const T0 = EPOCH_START;
const events: EngineEvent[] = [
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
    type: 'sqs/visibility-expired',
    at: T0 + 11_000,
    queue: 'orders',
    messageId: 'id-1',
    n: 1,
    receiveCount: 1,
    visibilityTimeout: 10,
  },
  {
    type: 'sqs/moved-to-dlq',
    at: T0 + 12_000,
    queue: 'orders',
    messageId: 'id-1',
    n: 1,
    deadLetterQueue: 'orders-dlq',
    receiveCount: 2,
    maxReceiveCount: 1,
  },
  { type: 'actor/crashed', at: T0 + 13_000, actor: 'c1', messagesDropped: 0, messageIds: [] },
];

function setup(log = events) {
  const store = createAppStore();
  store.setState({
    scenario: scenarioWith([
      node('q1', 'sqs-queue', { QueueName: 'orders' }),
      node('dlq', 'sqs-queue', { QueueName: 'orders-dlq' }),
      node('p1', 'producer', {}),
      node('c1', 'consumer', {}),
    ]),
    startTime: T0,
    events: log.map((event, seq) => ({ seq, event })),
  });
  renderPanel(<EventLog />, store);
  return store;
}

const lines = () =>
  within(screen.getByRole('list', { name: 'Events' }))
    .getAllByRole('button')
    .map((b) => b.textContent);

describe('EventLog', () => {
  it('shows every event as a sentence with its time since start, oldest first', () => {
    setup();
    expect(lines()).toEqual([
      '+00:00.0m-1 sent to orders by p1.',
      '+00:01.0m-1 received by c1 from orders (1st receive); invisible to others for 10 s.',
      '+00:11.0m-1 became visible again in orders: its 10 s visibility timeout ran out before DeleteMessage; received once so far.',
      '+00:12.0m-1 moved from orders to dead-letter queue orders-dlq instead of being returned: received twice, another receive would exceed maxReceiveCount 1.',
      '+00:13.0c1 crashed with 0 message(s) in hand: none were deleted, so they reappear when their visibility timeouts run out.',
    ]);
  });

  it('filters by kind, node, message id and free text', () => {
    setup();
    // Turn every kind off but DLQ.
    for (const name of [
      'Sends',
      'Receives',
      'Deletes',
      'Visibility',
      'Errors & throttling',
      'Actors',
      'Other',
    ])
      fireEvent.click(screen.getByRole('button', { name }));
    expect(screen.getByRole('button', { name: 'DLQ' })).toHaveAttribute('aria-pressed', 'true');
    expect(lines()).toEqual([expect.stringContaining('dead-letter queue orders-dlq')]);
    fireEvent.click(screen.getByRole('button', { name: 'Errors & throttling' }));
    expect(lines()).toHaveLength(2);
    for (const name of ['Sends', 'Receives', 'Deletes', 'Visibility', 'Actors', 'Other'])
      fireEvent.click(screen.getByRole('button', { name }));

    fireEvent.change(screen.getByLabelText('Only events about node'), { target: { value: 'c1' } });
    expect(lines()).toHaveLength(2); // received by c1, c1 crashed
    fireEvent.change(screen.getByLabelText('Only events about node'), { target: { value: 'dlq' } });
    expect(lines()).toHaveLength(1);
    fireEvent.change(screen.getByLabelText('Only events about node'), { target: { value: '' } });

    fireEvent.change(screen.getByLabelText('Only events about message id'), {
      target: { value: 'id-1' },
    });
    expect(lines()).toHaveLength(4);
    // ... or by the label every other screen shows.
    fireEvent.change(screen.getByLabelText('Only events about message id'), {
      target: { value: 'm-1' },
    });
    expect(lines()).toHaveLength(4);
    fireEvent.change(screen.getByLabelText('Only events about message id'), {
      target: { value: 'm-2' },
    });
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Only events about message id'), {
      target: { value: '' },
    });

    fireEvent.change(screen.getByLabelText('Search events'), {
      target: { value: 'BECAME VISIBLE' },
    });
    expect(lines()).toEqual([expect.stringContaining('became visible again')]);
    fireEvent.change(screen.getByLabelText('Search events'), {
      target: { value: 'nothing like this' },
    });
    expect(screen.getByText('No events match the filters.')).toBeInTheDocument();
  });

  it('clicking a line highlights the nodes it names and selects its message', () => {
    const store = setup();
    fireEvent.click(screen.getByRole('button', { name: /moved from orders to dead-letter queue/ }));
    expect(store.getState().highlight).toEqual({ nodeIds: ['q1', 'dlq'], messageId: 'id-1' });
    expect(store.getState().selectedMessageId).toBe('id-1');
    fireEvent.click(screen.getByRole('button', { name: /received by c1/ }));
    expect(store.getState().highlight).toEqual({ nodeIds: ['q1', 'c1'], messageId: 'id-1' });
    fireEvent.click(screen.getByRole('button', { name: /crashed/ }));
    expect(store.getState().highlight).toEqual({ nodeIds: ['c1'] });
  });

  it('draws only the rows in view of a full log', () => {
    const many = Array.from({ length: 5000 }, (_, i): EngineEvent => ({
      type: 'sqs/sent',
      at: T0 + i,
      queue: 'orders',
      messageId: `id-${i}`,
      n: i + 1,
      by: 'p1',
      size: 1,
      delaySeconds: 0,
    }));
    setup(many);
    const list = screen.getByRole('list', { name: 'Events' });
    const drawn = within(list).getAllByRole('listitem');
    expect(drawn.length).toBeLessThan(60);
    expect(list).toHaveStyle({ height: `${5000 * ROW_HEIGHT}px` });
    // Following the newest events: the last one is drawn, with its place in the whole list.
    expect(drawn[drawn.length - 1]).toHaveAttribute('aria-posinset', '5000');
    expect(drawn[drawn.length - 1]).toHaveTextContent('m-5000 sent to orders by p1.');
  });
});
