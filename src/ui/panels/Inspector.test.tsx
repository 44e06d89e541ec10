import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../store';
import { Inspector } from './Inspector';
import { awsError, fakeSim, node, renderPanel, scenarioWith } from './testing/harness';

const URL = 'https://sqs.us-east-1.amazonaws.com/123456789012/orders';

function setup(attributes?: Record<string, string>) {
  const store = createAppStore();
  store.setState({
    scenario: scenarioWith(
      [
        node('q1', 'sqs-queue', {
          QueueName: 'orders',
          ...(attributes === undefined ? {} : { Attributes: attributes }),
        }),
        node('dlq', 'sqs-queue', { QueueName: 'orders-dlq' }),
        node('c1', 'consumer', { Concurrency: 2 }),
      ],
      [{ id: 'e1', source: 'q1', target: 'dlq', type: 'dead-letter', maxReceiveCount: 3 }],
    ),
    selectedNodeId: 'q1',
  });
  const fake = fakeSim({
    'sqs.SetQueueAttributes': (input) => {
      const value = (input.Attributes as Record<string, string>).VisibilityTimeout;
      if (value !== undefined && !(Number(value) >= 0 && Number(value) <= 43_200))
        throw awsError(
          'InvalidAttributeValue',
          'Invalid value for the parameter VisibilityTimeout.',
        );
      return {};
    },
    'playground.UpdateActor': (input) => {
      const config = input.Config as Record<string, unknown>;
      if (config.Concurrency === 0)
        throw awsError(
          'ValidationException',
          'Invalid consumer config: Concurrency must be a whole number from 1 to 1000 (got 0).',
        );
      return {};
    },
  });
  renderPanel(<Inspector />, store, fake.sim);
  return { store, call: fake.call };
}

const attributes = (store: ReturnType<typeof createAppStore>, id = 'q1') =>
  store.getState().scenario.nodes.find((n) => n.id === id)?.config.Attributes as
    Record<string, string> | undefined;

describe('Inspector', () => {
  it('shows every queue setting under its AWS name with range and default', () => {
    setup();
    const field = screen.getByLabelText('VisibilityTimeout');
    expect(field).toHaveAccessibleDescription(/Range 0–43,200 seconds\. Default 30\./);
    for (const name of [
      'DelaySeconds',
      'MessageRetentionPeriod',
      'MaximumMessageSize',
      'ReceiveMessageWaitTimeSeconds',
      'SqsManagedSseEnabled',
      'KmsMasterKeyId',
      'Behavior.DuplicateProbability',
      'RedrivePolicy.maxReceiveCount',
    ])
      expect(screen.getByLabelText(name)).toBeInTheDocument();
    expect(screen.queryByLabelText('ContentBasedDeduplication')).toBeNull(); // FIFO only
  });

  it('refuses an invalid VisibilityTimeout with the AWS error text and leaves the document alone', async () => {
    const { store, call } = setup();
    const field = screen.getByLabelText('VisibilityTimeout');
    fireEvent.change(field, { target: { value: '50000' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'InvalidAttributeValue: Invalid value for the parameter VisibilityTimeout.',
    );
    expect(field).toHaveAccessibleDescription(
      /Invalid value for the parameter VisibilityTimeout\./,
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(call).toHaveBeenCalledWith('sqs', 'SetQueueAttributes', {
      QueueUrl: URL,
      Attributes: { VisibilityTimeout: '50000' },
    });
    expect(attributes(store)).toBeUndefined();
    expect(store.getState().revision).toBe(0);
  });

  it('shows the KMS data key period only with a KMS key, and edits the access policy', async () => {
    setup();
    expect(screen.queryByLabelText('KmsDataKeyReusePeriodSeconds')).toBeNull();
    cleanup();
    const { store } = setup({ KmsMasterKeyId: 'alias/aws/sqs' });
    expect(screen.getByLabelText('KmsDataKeyReusePeriodSeconds')).toBeInTheDocument();
    const policy = '{"Version":"2012-10-17","Statement":[]}';
    const field = screen.getByLabelText('Policy');
    fireEvent.change(field, { target: { value: policy } });
    fireEvent.blur(field);
    await waitFor(() => expect(attributes(store)).toMatchObject({ Policy: policy }));
  });

  it('writes a valid VisibilityTimeout into the document once the world accepts it', async () => {
    const { store } = setup();
    const field = screen.getByLabelText('VisibilityTimeout');
    fireEvent.change(field, { target: { value: '45' } });
    fireEvent.blur(field);
    await waitFor(() => expect(attributes(store)).toEqual({ VisibilityTimeout: '45' }));
    expect(store.getState().lastEditLabel).toBe('VisibilityTimeout of orders set to 45');
    // The live world already took it: the run goes on rather than starting over.
    expect(store.getState().appliedLive).toBe(true);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('resets a setting to its default: checked with the default, then removed from the document', async () => {
    const { store, call } = setup({ VisibilityTimeout: '45', DelaySeconds: '5' });
    fireEvent.click(screen.getByRole('button', { name: 'Reset VisibilityTimeout to its default' }));
    await waitFor(() => expect(attributes(store)).toEqual({ DelaySeconds: '5' }));
    expect(call).toHaveBeenCalledWith('sqs', 'SetQueueAttributes', {
      QueueUrl: URL,
      Attributes: { VisibilityTimeout: '30' },
    });
    expect(
      screen.getByRole('button', { name: 'Reset VisibilityTimeout to its default' }),
    ).toBeDisabled();
  });

  it("edits the dead-letter edge's maxReceiveCount through a RedrivePolicy check", async () => {
    const { store, call } = setup();
    const field = screen.getByLabelText('RedrivePolicy.maxReceiveCount');
    expect(field).toHaveValue('3');
    fireEvent.change(field, { target: { value: '5' } });
    fireEvent.blur(field);
    await waitFor(() => expect(store.getState().scenario.edges[0]?.maxReceiveCount).toBe(5));
    expect(call).toHaveBeenCalledWith('sqs', 'SetQueueAttributes', {
      QueueUrl: URL,
      Attributes: {
        RedrivePolicy: JSON.stringify({
          deadLetterTargetArn: 'arn:aws:sqs:us-east-1:123456789012:orders-dlq',
          maxReceiveCount: 5,
        }),
      },
    });
  });

  it("checks an actor's knobs with UpdateActor and offers Crash / Restart on the live world", async () => {
    const { store, call } = setup();
    store.getState().selectNode('c1');
    const field = await screen.findByLabelText('Concurrency');
    fireEvent.change(field, { target: { value: '0' } });
    fireEvent.blur(field);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'ValidationException: Invalid consumer config: Concurrency must be a whole number from 1 to 1000 (got 0).',
    );
    fireEvent.change(field, { target: { value: '4' } });
    fireEvent.blur(field);
    await waitFor(() =>
      expect(store.getState().scenario.nodes[2]?.config).toEqual({ Concurrency: 4 }),
    );
    expect(call).toHaveBeenCalledWith('playground', 'UpdateActor', {
      ActorId: 'c1',
      Config: { Concurrency: 4 },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Crash' }));
    expect(call).toHaveBeenCalledWith('playground', 'CrashActor', { ActorId: 'c1' });
    const revision = store.getState().revision;
    fireEvent.click(screen.getByRole('button', { name: 'Restart' }));
    expect(call).toHaveBeenCalledWith('playground', 'RestartActor', { ActorId: 'c1' });
    expect(store.getState().revision).toBe(revision);
  });

  it('switching the processing time distribution writes that distribution with its parameters', async () => {
    const { store } = setup();
    store.getState().selectNode('c1');
    fireEvent.change(await screen.findByLabelText('ProcessingTime.Distribution'), {
      target: { value: 'uniform' },
    });
    await waitFor(() =>
      expect(store.getState().scenario.nodes[2]?.config.ProcessingTime).toEqual({
        Distribution: 'uniform',
        MinMs: 500,
        MaxMs: 1500,
      }),
    );
    expect(screen.getByLabelText('ProcessingTime.MaxMs')).toHaveValue('1500');
    expect(screen.queryByLabelText('ProcessingTime.Ms')).toBeNull();
  });

  it("shows the engine's advice on an actor and the caller settings of a producer", async () => {
    const { store } = setup();
    store.getState().selectNode('c1');
    expect(screen.queryByText(/AWS advice/)).toBeNull();
    const advice = 'The queue visibility timeout (20 s) is below AWS advice: at least 61 s.';
    store.setState({ gauges: { sqs: {}, actors: { c1: { Status: 'polling', Advice: advice } } } });
    expect(await screen.findByText(advice)).toBeVisible();
    store.setState({
      scenario: scenarioWith([node('p1', 'producer', { AccountId: '111122223333' })], []),
      selectedNodeId: 'p1',
    });
    expect(await screen.findByLabelText('AccountId')).toHaveValue('111122223333');
    expect(screen.getByLabelText('UseHttps')).toBeChecked();
    expect(screen.getByLabelText('ServicePrincipal')).toHaveAccessibleDescription(
      /sns\.amazonaws\.com/,
    );
  });
});
