import { act, fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { EngineEvent, QueueGauges } from '../../engine';
import { builtInScenario } from '../scenarios/catalogue';
import { Canvas } from './Canvas';
import { Palette } from './Palette';
import { renderWithStore, sampleScenario } from './testing';

/** A queue's gauges with `visible` messages waiting. */
function queueGauges(visible: number): QueueGauges {
  return {
    ApproximateNumberOfMessagesVisible: visible,
    ApproximateNumberOfMessagesNotVisible: 0,
    ApproximateNumberOfMessagesDelayed: 0,
    ApproximateAgeOfOldestMessage: 0,
    NumberOfMessagesSent: visible,
    NumberOfMessagesReceived: 0,
    NumberOfMessagesDeleted: 0,
    NumberOfEmptyReceives: 0,
    SentMessageSize: 0,
    BilledRequests: 0,
    WaitingPolls: 0,
  };
}

async function settle() {
  // React Flow measures through the (async) ResizeObserver shim before drawing edges.
  await act(() => new Promise((resolve) => setTimeout(resolve, 20)));
}

describe('Canvas', () => {
  it('draws the nodes and edges of the document, named for screen readers', async () => {
    const { container } = renderWithStore(<Canvas />, sampleScenario());
    await settle();
    expect(screen.getByRole('group', { name: 'orders, SQS standard queue' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'producer-1, producer' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'consumer-1, consumer' })).toBeInTheDocument();
    expect(container.querySelectorAll('.react-flow__edge')).toHaveLength(3);
    expect(screen.getByRole('button', { name: /maxReceiveCount/ })).toHaveTextContent(
      'DLQ · maxReceiveCount 3',
    );
    const queue = screen.getByRole('group', { name: 'orders, SQS standard queue' });
    expect(within(queue).getByText('VisibilityTimeout')).toBeInTheDocument();
  });

  it('says what each handle connects, and shows a reply handle only on a consumer that replies', async () => {
    renderWithStore(<Canvas />, structuredClone(builtInScenario('request-response')!.scenario));
    await settle();
    const node = (name: string) => screen.getByRole('group', { name });
    expect(
      within(node('web-api, producer')).getByTitle('Drag to connect: sends to a queue'),
    ).toHaveAccessibleName('Drag to connect: sends to a queue');
    const reply = 'Drag to connect: replies go to a reply queue (request–response)';
    expect(within(node('pricing-service, consumer')).getByTitle(reply)).toBeInTheDocument();
    const listener = node('web-api-listener, consumer');
    expect(within(listener).queryByTitle(reply)).toBeNull();
    expect(within(listener).getByTitle('Drag to connect: reads from a queue')).toBeInTheDocument();
  });

  it('lights up the nodes an event log line names', async () => {
    const { store } = renderWithStore(<Canvas />, sampleScenario());
    await settle();
    const queue = () => screen.getByRole('group', { name: 'orders, SQS standard queue' });
    expect(queue().querySelector('[data-highlighted]')).toBeNull();
    const queueId = store.getState().scenario.nodes.find((n) => n.type === 'sqs-queue')?.id ?? '';
    act(() => store.getState().setHighlight({ nodeIds: [queueId] }));
    expect(queue().querySelector('[data-highlighted]')).not.toBeNull();
  });

  it('shows live counts from the gauges', async () => {
    const { store } = renderWithStore(<Canvas />, sampleScenario());
    await settle();
    act(() =>
      store.setState({
        gauges: {
          sqs: {
            orders: {
              ApproximateNumberOfMessagesVisible: 7,
              ApproximateNumberOfMessagesNotVisible: 2,
              ApproximateNumberOfMessagesDelayed: 0,
              ApproximateAgeOfOldestMessage: 0,
              NumberOfMessagesSent: 9,
              NumberOfMessagesReceived: 2,
              NumberOfMessagesDeleted: 0,
              NumberOfEmptyReceives: 0,
              SentMessageSize: 0,
              BilledRequests: 0,
              WaitingPolls: 0,
            },
          },
          actors: { 'consumer-1': { Status: 'processing', InProgress: 1 } },
        },
      }),
    );
    const counts = document.getElementById('node-counts-queue-1');
    expect(counts).toHaveTextContent('7visible2in flight0delayed');
    expect(screen.getByText('processing')).toBeInTheDocument();
  });

  it('says on a Lambda node why Lambda refused its event source mapping', async () => {
    const scenario = sampleScenario();
    scenario.nodes.push({ id: 'fn', type: 'lambda-sqs', position: { x: 600, y: 250 }, config: {} });
    scenario.edges.push({ id: 'e4', source: 'queue-1', target: 'fn', type: 'consumes-from' });
    const { store } = renderWithStore(<Canvas />, scenario);
    await settle();
    const advice = 'CreateEventSourceMapping refused (InvalidParameterValueException): …';
    act(() =>
      store.setState({
        gauges: { sqs: {}, actors: { fn: { Status: 'refused', Advice: advice, Invocations: 0 } } },
      }),
    );
    const counts = document.getElementById('node-counts-fn');
    expect(counts).toHaveTextContent(advice);
    expect(counts).not.toHaveTextContent('invocations');
    expect(screen.getByText('refused')).toBeInTheDocument();
  });

  it("shows a queue's messages as chips, and a note in their place as fast as possible", async () => {
    const { store } = renderWithStore(<Canvas />, sampleScenario());
    await settle();
    const sent = (n: number): EngineEvent => ({
      type: 'sqs/sent',
      at: n,
      queue: 'orders',
      messageId: `id${n}`,
      n,
      by: 'producer-1',
      size: 1,
      delaySeconds: 0,
    });
    act(() =>
      store.setState({
        events: [sent(1), sent(2)].map((event, seq) => ({ seq, event })),
        eventCount: 2,
        gauges: { sqs: { orders: queueGauges(2) }, actors: {} },
      }),
    );
    const chips = () => screen.queryByRole('list', { name: 'Messages in orders' });
    expect(
      within(chips()!)
        .getAllByRole('listitem')
        .map((c) => c.textContent),
    ).toEqual(['m-1', 'm-2']);
    act(() => store.setState({ speed: 'max', playing: true }));
    expect(chips()).toBeNull();
    const queue = screen.getByRole('group', { name: 'orders, SQS standard queue' });
    expect(within(queue).getByText('Too fast to show each message')).toBeInTheDocument();
    // The dead-letter queue holds nothing: no note there.
    expect(screen.getAllByText('Too fast to show each message')).toHaveLength(1);
    act(() => store.setState({ playing: false }));
    expect(chips()).not.toBeNull();
    expect(screen.queryByText('Too fast to show each message')).toBeNull();
  });

  it("says on a reader's edge while its long poll waits, and for how long", async () => {
    const { store } = renderWithStore(<Canvas />, sampleScenario());
    await settle();
    const poll: EngineEvent = {
      type: 'sqs/poll-started',
      at: 1000,
      queue: 'orders',
      by: 'consumer-1',
      waitSeconds: 20,
      until: 21_000,
    };
    act(() => store.setState({ events: [{ seq: 0, event: poll }], eventCount: 1, now: 1000 }));
    expect(screen.getByText(/long poll waiting/)).toHaveTextContent('long poll waiting · 20 s');
    act(() => store.setState({ now: 15_500 }));
    expect(screen.getByText(/long poll waiting/)).toHaveTextContent('long poll waiting · 6 s');
    act(() => store.setState({ now: 21_000 }));
    expect(screen.queryByText(/long poll waiting/)).toBeNull();
  });

  it('changes maxReceiveCount from the dead-letter label, as one undoable edit', async () => {
    const { store } = renderWithStore(<Canvas />, sampleScenario());
    await settle();
    fireEvent.click(screen.getByRole('button', { name: /maxReceiveCount/ }));
    const field = screen.getByRole('spinbutton', { name: 'maxReceiveCount' });
    expect(field).toHaveFocus();
    fireEvent.change(field, { target: { value: '0' } });
    expect(screen.getByRole('alert')).toHaveTextContent('1 to 1,000');
    fireEvent.change(field, { target: { value: '8' } });
    fireEvent.submit(field);
    expect(store.getState().scenario.edges.find((e) => e.id === 'e3')?.maxReceiveCount).toBe(8);
    act(() => store.getState().undo());
    expect(store.getState().scenario.edges.find((e) => e.id === 'e3')?.maxReceiveCount).toBe(3);
  });

  it('selects a node in the store when it is clicked', async () => {
    const { store } = renderWithStore(<Canvas />, sampleScenario());
    await settle();
    fireEvent.click(screen.getByRole('group', { name: 'orders, SQS standard queue' }));
    expect(store.getState().selectedNodeId).toBe('queue-1');
  });
});

describe('Palette', () => {
  it('adds a node by keyboard at a free spot, with a valid unique name', async () => {
    const { store } = renderWithStore(<Palette />);
    const add = screen.getByRole('button', { name: 'Add SQS queue (standard)' });
    add.focus();
    expect(add).toHaveFocus();
    fireEvent.keyDown(add, { key: 'Enter' });
    fireEvent.keyDown(add, { key: 'Enter' });
    const nodes = store.getState().scenario.nodes;
    expect(nodes.map((n) => n.config.QueueName)).toEqual(['queue-1', 'queue-2']);
    expect(nodes[0]!.position).not.toEqual(nodes[1]!.position);
    expect(store.getState().selectedNodeId).toBe('queue-2');
    expect(screen.getByText('Added SQS queue (standard) queue-2.')).toBeInTheDocument();
  });

  it('connects by keyboard, and a refused connection says why and adds nothing', async () => {
    const { store } = renderWithStore(<Palette />, sampleScenario());
    fireEvent.change(screen.getByRole('combobox', { name: 'From' }), {
      target: { value: 'consumer-1' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'To' }), {
      target: { value: 'queue-1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(
      screen.getByText(
        'consumer-1 already reads from orders: connect it to another queue to send its replies there.',
      ),
    ).toBeInTheDocument();
    expect(store.getState().scenario.edges).toHaveLength(3);
    fireEvent.change(screen.getByRole('combobox', { name: 'To' }), {
      target: { value: 'producer-1' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'From' }), {
      target: { value: 'queue-2' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(
      screen.getByText('A producer only sends: connect the producer to the queue.'),
    ).toBeInTheDocument();
    fireEvent.change(screen.getByRole('combobox', { name: 'To' }), {
      target: { value: 'consumer-1' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'From' }), {
      target: { value: 'queue-1' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Connect' }));
    expect(screen.getByText(/consumer-1 already reads from orders/)).toBeInTheDocument();
  });
});
