import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../scenarios/catalogue';
import { run } from '../../../services/sqs/scenarios/testing';
import { renameNode } from './renameNode';

const built = (id: string) => structuredClone(builtInScenario(id)!.scenario);
const dlq = () => built('dead-letter-queue');
const nodeOf = (s: ReturnType<typeof dlq>, id: string) => s.nodes.find((n) => n.id === id)!;

describe('renaming a node', () => {
  it('renames a queue and the script steps that named it', () => {
    const s = dlq();
    const result = renameNode(s, nodeOf(s, 'orders'), 'purchases');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(nodeOf(result.scenario, 'orders').config.QueueName).toBe('purchases');
    expect(result.scenario.script?.some((step) => step.input?.QueueUrl === 'orders')).toBe(false);
    expect(result.scenario.script?.some((step) => step.input?.QueueUrl === 'purchases')).toBe(true);
  });

  it('renames an actor everywhere its id is used: edges and lanes', () => {
    const s = structuredClone(builtInScenario('visibility-timeout')!.scenario);
    const result = renameNode(s, nodeOf(s, 'worker-a'), 'billing-1');
    expect(result.ok && result.nodeId).toBe('billing-1');
    if (!result.ok) return;
    expect(result.scenario.edges.some((e) => e.target === 'worker-a')).toBe(false);
    expect(result.scenario.edges.some((e) => e.target === 'billing-1')).toBe(true);
    expect(result.scenario.lanes?.[0]?.nodes).toContain('billing-1');
  });

  it('refuses what the engine would refuse, and names taken', () => {
    const s = dlq();
    const bad = renameNode(s, nodeOf(s, 'orders'), 'my orders!');
    expect(bad.ok ? '' : bad.reason).toMatch(/QueueName must be 1 to 80 letters, digits/);
    const taken = renameNode(s, nodeOf(s, 'orders'), 'orders-dlq');
    expect(taken.ok ? '' : taken.reason).toBe('orders-dlq is already the name of another node.');
    const actor = renameNode(s, nodeOf(s, 'fulfilment'), 'x'.repeat(81));
    expect(actor.ok ? '' : actor.reason).toMatch(/id must be 1 to 80 letters/);
  });

  it('keeps a FIFO queue name ending in .fifo', () => {
    const s = structuredClone(builtInScenario('fifo-groups')!.scenario);
    const result = renameNode(s, nodeOf(s, 'orders-by-customer'), 'orders');
    expect(result.ok ? '' : result.reason).toBe(
      'A FIFO queue name must end with the .fifo suffix.',
    );
  });

  it('renames the reply queue in the requests ReplyTo: the replies still reach the web API', async () => {
    const s = built('request-response');
    const result = renameNode(s, nodeOf(s, 'replies'), 'quote-answers');
    if (!result.ok) throw new Error(result.reason);
    expect(nodeOf(result.scenario, 'web-api').config.MessageAttributes).toMatchObject({
      ReplyTo: 'quote-answers',
    });
    const { of } = await run(result.scenario, 18_000);
    const replies = of('sqs/received').filter((e) => e.queue === 'quote-answers');
    expect(replies.map((e) => e.by)).toEqual([
      'web-api-listener',
      'web-api-listener',
      'web-api-listener',
    ]);
  });

  it('renames a queue in redrive policies and ARNs of this account and Region, not elsewhere', async () => {
    const s = built('dlq-rules');
    const renamed = renameNode(s, nodeOf(s, 'orders'), 'purchases');
    if (!renamed.ok) throw new Error(renamed.reason);
    // orders-dlq still allows its one source, under the new name: the poison message moves.
    const { of } = await run(renamed.scenario, 20_000);
    expect(of('sqs/moved-to-dlq')).toMatchObject([
      { t: 17_000, queue: 'purchases', deadLetterQueue: 'orders-dlq' },
    ]);
    const dead = renameNode(s, nodeOf(s, 'orders-dlq'), 'orders-dead');
    if (!dead.ok) throw new Error(dead.reason);
    const targets = dead.scenario.script?.map((step) => {
      const { RedrivePolicy } = step.input?.Attributes as { RedrivePolicy: string };
      return (JSON.parse(RedrivePolicy) as { deadLetterTargetArn: string }).deadLetterTargetArn;
    });
    expect(targets).toEqual([
      'arn:aws:sqs:us-east-1:123456789012:orders-dead',
      'arn:aws:sqs:us-east-1:123456789012:orders-dead',
      // A queue of the same name in another Region is another queue.
      'arn:aws:sqs:us-west-2:123456789012:orders-dlq',
    ]);
  });

  it('renames the dead-letter queue the redrive starts from', () => {
    const s = dlq();
    const result = renameNode(s, nodeOf(s, 'orders-dlq'), 'orders-dead');
    if (!result.ok) throw new Error(result.reason);
    const move = result.scenario.script?.find((step) => step.action === 'StartMessageMoveTask');
    expect(move?.input?.SourceArn).toBe('arn:aws:sqs:us-east-1:123456789012:orders-dead');
  });
});
