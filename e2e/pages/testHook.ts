/** What the test build (`vite build --mode e2e`) puts on `window.__playground`, as specs use it. */
export interface ScenarioSnapshot {
  name: string;
  seed: number;
  nodes: { id: string; type: string; config: Record<string, unknown> }[];
  edges: { id: string; source: string; target: string; type: string }[];
  narration?: { at: number; text: string }[];
}

/** The part of `window.__playground` (src/testHook.ts) that specs read. */
export interface TestHook {
  store: { getState(): { scenario: unknown; selectedNodeId: string | undefined } };
}
