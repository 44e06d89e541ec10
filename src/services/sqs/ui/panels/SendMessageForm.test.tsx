import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../../store';
import { SendMessageForm } from './SendMessageForm';
import {
  awsError,
  fakeSim,
  node,
  renderPanel,
  scenarioWith,
} from '../../../../ui/panels/testing/harness';

function setup(queueName: string, handler: (input: Record<string, unknown>) => unknown) {
  const store = createAppStore();
  store.setState({
    scenario: scenarioWith([node('q1', 'sqs-queue', { QueueName: queueName })]),
    selectedNodeId: 'q1',
  });
  const fake = fakeSim({ 'sqs.SendMessage': handler });
  renderPanel(<SendMessageForm />, store, fake.sim);
  return fake.call;
}

describe('SendMessageForm', () => {
  it('reports the AWS error name and message', async () => {
    setup('orders.fifo', () => {
      throw awsError('MissingParameter', 'The request must contain the parameter MessageGroupId.');
    });
    fireEvent.change(screen.getByLabelText('MessageGroupId'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'MissingParameter: The request must contain the parameter MessageGroupId.',
    );
  });

  it('sends body, attributes, group, dedup id and delay, and says the MessageId and SequenceNumber', async () => {
    const call = setup('orders.fifo', () => ({
      MessageId: 'abc-123',
      SequenceNumber: '18800000000000000001',
    }));
    fireEvent.change(screen.getByLabelText('MessageBody'), { target: { value: 'order #7' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add attribute' }));
    fireEvent.change(screen.getByLabelText('Attribute 1 name'), { target: { value: 'priority' } });
    fireEvent.change(screen.getByLabelText('Attribute 1 type'), { target: { value: 'Number' } });
    fireEvent.change(screen.getByLabelText('Attribute 1 value'), { target: { value: '3' } });
    fireEvent.change(screen.getByLabelText('MessageDeduplicationId'), { target: { value: 'd-7' } });
    fireEvent.change(screen.getByLabelText('DelaySeconds'), { target: { value: '0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText(/Sent\. MessageId/)).toHaveTextContent(
      'Sent. MessageId abc-123, SequenceNumber 18800000000000000001.',
    );
    expect(call).toHaveBeenCalledWith('sqs', 'SendMessage', {
      QueueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/orders.fifo',
      MessageBody: 'order #7',
      MessageAttributes: { priority: { DataType: 'Number', StringValue: '3' } },
      MessageGroupId: 'group-1',
      MessageDeduplicationId: 'd-7',
      DelaySeconds: 0,
    });
  });
});
