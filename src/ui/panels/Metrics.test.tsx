import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EPOCH_START, type WorldGauges } from '../../engine';
import { createAppStore } from '../../store';
import { Metrics } from './Metrics';
import { node, renderPanel, scenarioWith } from './testing/harness';

const group = (inService: number, visible: number): WorldGauges => ({
  sqs: {},
  sns: {},
  s3: {},
  actors: {
    workers: {
      Status: 'scaling',
      InService: inService,
      Pending: 0,
      Terminating: 0,
      Desired: inService,
      BacklogPerInstance: visible / inService,
      ApproximateNumberOfMessagesVisible: visible,
    },
  },
});

const captions = () =>
  screen.getAllByRole('figure').map((f) => within(f).getByTitle(/./).getAttribute('title'));

describe('Metrics', () => {
  it('draws instances and messages on charts of their own, with readable latest values', async () => {
    const store = createAppStore();
    store.setState({
      scenario: scenarioWith([node('workers', 'autoscaling-consumers', {})]),
      selectedNodeId: 'workers',
      startTime: EPOCH_START,
    });
    renderPanel(<Metrics />, store);
    act(() => {
      for (let s = 0; s <= 3; s++)
        store.setState({ now: EPOCH_START + s * 1000, gauges: group(2 + s, 745 * s) });
    });
    // The panel redraws twice a second of wall time.
    await screen.findAllByRole('figure', {}, { timeout: 2_000 });
    expect(captions()).toEqual([
      'Instances',
      'Backlog per instance (messages)',
      'Visible messages it reads (ApproximateNumberOfMessagesVisible)',
    ]);
    const [instances, backlog, visible] = screen.getAllByRole('figure');
    expect(instances).toHaveTextContent('InService 5');
    expect(instances).not.toHaveTextContent('Visible');
    expect(visible).toHaveTextContent('Visible 2,235');
    expect(backlog).toHaveTextContent('BacklogPerInstance 447');
  });

  it('shows a message sent by hand while paused', async () => {
    const store = createAppStore();
    const queue = (visible: number): WorldGauges =>
      ({
        sqs: { orders: { ApproximateNumberOfMessagesVisible: visible } },
        actors: {},
      }) as never;
    store.setState({
      scenario: scenarioWith([node('q', 'sqs-queue', { QueueName: 'orders' })]),
      selectedNodeId: 'q',
      startTime: EPOCH_START,
    });
    renderPanel(<Metrics />, store);
    act(() => store.setState({ now: EPOCH_START + 700, gauges: queue(0) }));
    const [depth] = await screen.findAllByRole('figure', {}, { timeout: 2_000 });
    expect(depth).toHaveTextContent('Visible 0');
    // Paused: the clock stays at 0.7 s; the world changes.
    act(() => store.setState({ gauges: queue(1) }));
    await waitFor(() => expect(screen.getAllByRole('figure')[0]).toHaveTextContent('Visible 1'), {
      timeout: 2_000,
    });
  });
});
