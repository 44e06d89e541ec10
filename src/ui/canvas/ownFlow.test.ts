import { describe, expect, it } from 'vitest';
import { builtInScenario } from '../scenarios/catalogue';
import { emptyScenario } from '../../store/documentSlice';
import { asOwnFlow } from './ownFlow';

describe("a scenario's narration", () => {
  it('goes once the flow is the user’s own, and the title and story say so', () => {
    const scenario = structuredClone(builtInScenario('dead-letter-queue')!.scenario);
    const own = asOwnFlow(scenario);
    expect(own.narration).toBeUndefined();
    expect(own.name).toBe('DLQ catching a poison message (edited)');
    expect(own.description).toMatch(/^Your own flow, started from “DLQ catching a poison message”/);
    // The scripted actions are how the flow behaves: they stay.
    expect(own.script).toEqual(scenario.script);
    // A second edit does not pile up suffixes.
    expect(asOwnFlow({ ...own, narration: scenario.narration! }).name).toBe(own.name);
  });

  it('leaves a flow without narration alone', () => {
    const blank = emptyScenario();
    expect(asOwnFlow(blank)).toBe(blank);
  });
});
