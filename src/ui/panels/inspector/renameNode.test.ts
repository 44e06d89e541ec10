import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../../../scenarios';
import { renameNode } from './renameNode';

const dlq = () => structuredClone(builtInScenario('dead-letter-queue')!.scenario);
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
});
