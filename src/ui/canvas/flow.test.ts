import { describe, expect, it } from 'vitest';
import { toFlowNodes } from './flow';
import { sampleScenario } from './testing';

describe('toFlowNodes', () => {
  it('hands back the same node while nothing it shows changed, so React Flow skips it', () => {
    const scenario = sampleScenario();
    const first = toFlowNodes(scenario, undefined, new Map());
    const measured = new Map([['queue-1', { width: 240, height: 180 }]]);
    const second = toFlowNodes(scenario, 'consumer-1', new Map(), measured);
    const changed = second.filter((n, i) => n !== first[i]).map((n) => n.id);
    expect(changed).toEqual(['queue-1', 'consumer-1']);
    expect(second.find((n) => n.id === 'queue-1')?.measured).toEqual({ width: 240, height: 180 });
    expect(second.find((n) => n.id === 'consumer-1')?.selected).toBe(true);

    const dragged = toFlowNodes(
      scenario,
      'consumer-1',
      new Map([['producer-1', { x: 5, y: 5 }]]),
      measured,
    );
    expect(dragged.filter((n, i) => n !== second[i]).map((n) => n.id)).toEqual(['producer-1']);
    expect(dragged[0]?.position).toEqual({ x: 5, y: 5 });
  });
});
