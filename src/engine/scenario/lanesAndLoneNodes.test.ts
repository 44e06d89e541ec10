import { describe, expect, it } from 'vitest';
import { createEngine, loadScenario, validateScenario, type Scenario } from '../index';

function flow(): Scenario {
  return {
    version: 1,
    name: 'Two lanes',
    description: '',
    seed: 3,
    lessons: [],
    nodes: [
      { id: 'shop', type: 'producer', position: { x: 0, y: 0 }, config: { MaxMessages: 2 } },
      {
        id: 'orders',
        type: 'sqs-queue',
        position: { x: 260, y: 0 },
        config: { QueueName: 'orders' },
      },
      {
        id: 'worker',
        type: 'consumer',
        position: { x: 520, y: 0 },
        config: { WaitTimeSeconds: 20 },
      },
    ],
    edges: [
      { id: 'e1', source: 'shop', target: 'orders', type: 'sends-to' },
      { id: 'e2', source: 'orders', target: 'worker', type: 'consumes-from' },
    ],
  };
}

describe('lanes in the scenario format', () => {
  it('are optional, so documents and links made before lanes still open', () => {
    expect(validateScenario(flow()).ok).toBe(true);
  });

  it('carry a title and node ids, and survive the JSON round trip', () => {
    const scenario = { ...flow(), lanes: [{ title: 'Top lane', nodes: ['shop', 'orders'] }] };
    const result = validateScenario(JSON.parse(JSON.stringify(scenario)));
    expect(result.ok && result.scenario.lanes).toEqual([
      { title: 'Top lane', nodes: ['shop', 'orders'] },
    ]);
  });

  it('refuse unknown nodes, a node in two lanes, empty titles and unknown members', () => {
    const result = validateScenario({
      ...flow(),
      lanes: [
        { title: 'Top', nodes: ['shop', 'ghost'] },
        { title: ' ', nodes: ['shop'], colour: 'red' },
        'not a lane',
      ],
    });
    expect(result.ok ? [] : result.problems).toEqual([
      'lanes[0]: no node has the id "ghost".',
      'lanes[1] has an unknown member "colour".',
      'lanes[1]: title must be 1 to 80 characters.',
      'lanes[1]: node "shop" is already in lanes[0].',
      'lanes[2] must be an object.',
    ]);
  });
});

describe('an unconnected actor', () => {
  it('is a valid part of a scenario, and the rest of the world runs without it', async () => {
    const scenario = flow();
    scenario.nodes.push({
      id: 'lonely',
      type: 'consumer',
      position: { x: 520, y: 300 },
      config: { WaitTimeSeconds: 20 },
    });
    const checked = validateScenario(scenario);
    expect(checked.ok).toBe(true);
    const engine = createEngine({ seed: scenario.seed });
    await loadScenario(engine, scenario);
    engine.advanceBy(10_000);
    const events = engine.drain();
    expect(events.filter((e) => e.type === 'sqs/deleted')).toHaveLength(2);
    expect(events.some((e) => 'by' in e && e.by === 'lonely')).toBe(false);
  });

  it('still has its settings checked by its own rules', () => {
    const scenario = flow();
    scenario.nodes.push({
      id: 'lonely',
      type: 'consumer',
      position: { x: 520, y: 300 },
      config: { WaitTimeSeconds: 30 },
    });
    const checked = validateScenario(scenario);
    expect(checked.ok ? [] : checked.problems).toEqual([
      'node lonely: Invalid consumer config: WaitTimeSeconds must be a whole number from 0 to 20 (got 30).',
    ]);
  });
});
