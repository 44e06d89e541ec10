import { afterEach, describe, expect, it, vi } from 'vitest';
import { compressToEncodedURIComponent } from 'lz-string';
import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../engine';
import { BUILT_IN_SCENARIOS, defaultScenario } from '../ui/scenarios/catalogue';
import { AUTOSAVE_KEY, loadAutosaved, saveScenario, startAutosave } from './autosave';
import { scenarioFileName, scenarioFromJson, scenarioToJson } from './scenarioJson';
import {
  MAX_LINK_LENGTH,
  builtInIdOf,
  builtInUrl,
  readShareFragment,
  shareFragment,
  shareLinkFor,
  shareUrl,
} from './shareLink';
import { initialDocument } from './startup';

function memoryStorage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: vi.fn((key: string, value: string) => void data.set(key, value)),
  };
}

const dlq = BUILT_IN_SCENARIOS.find((b) => b.id === 'dead-letter-queue')!.scenario;

describe('scenario JSON files', () => {
  it('round-trips every built-in', () => {
    for (const { scenario } of BUILT_IN_SCENARIOS)
      expect(scenarioFromJson(scenarioToJson(scenario))).toEqual({ ok: true, scenario });
  });

  it('says why a file is not a scenario', () => {
    const syntax = scenarioFromJson('{"version": 1,');
    expect(syntax.ok).toBe(false);
    expect(syntax.ok ? [] : syntax.problems[0]).toMatch(/^The text is not valid JSON/);
    const wrong = scenarioFromJson(JSON.stringify({ ...dlq, version: 2, seed: -1 }));
    expect(wrong.ok ? [] : wrong.problems).toEqual(
      expect.arrayContaining([
        'version must be 1 (got 2).',
        expect.stringMatching(/^seed must be/),
      ]),
    );
    expect(scenarioFromJson('[]')).toEqual({
      ok: false,
      problems: ['A scenario must be a JSON object.'],
    });
  });

  it('names files after the scenario', () => {
    expect(scenarioFileName(dlq)).toBe('dlq-catching-a-poison-message.json');
    expect(scenarioFileName({ name: '  !!! ' })).toBe('scenario.json');
  });
});

describe('share links', () => {
  it('carry the whole scenario, seed included, in #s=', () => {
    for (const { scenario } of BUILT_IN_SCENARIOS) {
      const fragment = shareFragment(scenario);
      expect(fragment).toMatch(/^#s=[A-Za-z0-9+\-$]+$/);
      expect(readShareFragment(fragment)).toEqual({ kind: 'shared', ok: true, scenario });
    }
    const url = shareUrl(dlq, 'https://example.org/play/?x=1#old');
    expect(url.startsWith('https://example.org/play/?x=1#s=')).toBe(true);
    const opened = readShareFragment(new URL(url).hash);
    expect(opened.kind === 'shared' && opened.ok && opened.scenario.seed).toBe(dlq.seed);
  });

  it('stay small enough for a URL', () => {
    for (const { id, scenario } of BUILT_IN_SCENARIOS)
      expect(shareFragment(scenario).length, id).toBeLessThan(8_000);
  });

  it('ignore fragments that are not share links', () => {
    expect(readShareFragment('')).toEqual({ kind: 'none' });
    expect(readShareFragment('#section-2')).toEqual({ kind: 'none' });
  });

  it('report damaged or invalid links', () => {
    const cut = shareFragment(dlq).slice(0, 40);
    const damaged = readShareFragment(cut);
    expect(damaged).toMatchObject({ kind: 'shared', ok: false });
    expect(readShareFragment('#s=')).toMatchObject({ kind: 'shared', ok: false });
    const invalid = readShareFragment(
      `#s=${compressToEncodedURIComponent(JSON.stringify({ ...dlq, seed: 'seven' }))}`,
    );
    expect(invalid).toEqual({
      kind: 'shared',
      ok: false,
      problems: ['seed must be a whole number from 0 to 4294967295 (got "seven").'],
    });
    const notJson = readShareFragment(`#s=${compressToEncodedURIComponent('hello')}`);
    expect(notJson.kind === 'shared' && !notJson.ok && notJson.problems[0]).toMatch(
      /not valid JSON/,
    );
  });
});

describe('links to built-in scenarios', () => {
  it('open a fresh copy of the named built-in', () => {
    const opened = readShareFragment(
      new URL(builtInUrl('dead-letter-queue', 'https://x.org/#a')).hash,
    );
    expect(opened).toEqual({
      kind: 'shared',
      ok: true,
      scenario: dlq,
      builtIn: 'dead-letter-queue',
    });
    expect(opened.kind === 'shared' && opened.ok && opened.scenario).not.toBe(dlq);
  });

  it('name the known ids when the id is unknown', () => {
    const opened = readShareFragment('#builtin=nope');
    expect(opened.kind === 'shared' && !opened.ok && opened.problems[0]).toMatch(
      /no built-in scenario “nope”.*decoupling, visibility-timeout/,
    );
  });

  it('are offered only for an unedited built-in', () => {
    expect(builtInIdOf(structuredClone(dlq))).toBe('dead-letter-queue');
    expect(builtInIdOf({ ...dlq, seed: dlq.seed + 1 })).toBeUndefined();
  });
});

describe('share links too long to open', () => {
  // Text that does not compress, as a long narration pasted from elsewhere would be.
  const noise = (n: number) => {
    let x = 2_463_534_242; // xorshift32
    return Array.from({ length: n }, () => {
      x ^= x << 13;
      x ^= x >>> 17;
      x ^= x << 5;
      return String.fromCharCode(33 + ((x >>> 0) % 90));
    }).join('');
  };

  it('are refused when made, with their length', () => {
    const huge = { ...dlq, description: noise(MAX_LINK_LENGTH * 0.8) };
    const link = shareLinkFor(huge, 'https://x.org/');
    expect(link.ok).toBe(false);
    expect(!link.ok && link.length).toBeGreaterThan(MAX_LINK_LENGTH);
    expect(shareLinkFor(dlq, 'https://x.org/')).toEqual({
      ok: true,
      url: shareUrl(dlq, 'https://x.org/'),
    });
  }, 30_000); // compressing 1.6 MB takes seconds on a shared machine

  it('are refused when opened, before decompressing, pointing at the JSON file', () => {
    const opened = readShareFragment(`#s=${'A'.repeat(MAX_LINK_LENGTH + 1)}`);
    expect(opened.kind === 'shared' && !opened.ok && opened.problems[0]).toMatch(
      /2,000,001 characters long.*Import JSON/,
    );
  });
});

describe('autosave', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('saves and restores; ignores missing, corrupt or invalid data', () => {
    const storage = memoryStorage();
    expect(loadAutosaved(storage)).toBeUndefined();
    expect(saveScenario(storage, dlq)).toBe(true);
    expect(loadAutosaved(storage)).toEqual(dlq);
    storage.data.set(AUTOSAVE_KEY, '{oops');
    expect(loadAutosaved(storage)).toBeUndefined();
    storage.data.set(AUTOSAVE_KEY, JSON.stringify({ ...dlq, edges: 3 }));
    expect(loadAutosaved(storage)).toBeUndefined();
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    };
    expect(saveScenario(full, dlq)).toBe(false);
  });

  it('writes once after a burst of edits, and flushes on stop', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const store = createStore<{ scenario: Scenario }>(() => ({ scenario: defaultScenario() }));
    const stop = startAutosave(store, storage, 500);
    for (let i = 0; i < 10; i++) {
      store.setState({ scenario: { ...store.getState().scenario, seed: i } });
      vi.advanceTimersByTime(100);
    }
    expect(storage.setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(500);
    expect(storage.setItem).toHaveBeenCalledTimes(1);
    expect(loadAutosaved(storage)?.seed).toBe(9);
    store.setState({ scenario: { ...store.getState().scenario, seed: 42 } });
    stop();
    expect(loadAutosaved(storage)?.seed).toBe(42);
    store.setState({ scenario: { ...store.getState().scenario, seed: 43 } });
    vi.advanceTimersByTime(1_000);
    expect(loadAutosaved(storage)?.seed).toBe(42);
  });
});

describe('what the app opens with', () => {
  it('a share link wins over the autosave', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: scenarioToJson(defaultScenario()) });
    expect(initialDocument(shareFragment(dlq), storage)).toEqual({
      scenario: dlq,
      source: 'share-link',
    });
  });

  it('a #builtin= link opens that built-in', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: scenarioToJson(defaultScenario()) });
    expect(initialDocument('#builtin=dead-letter-queue', storage)).toEqual({
      scenario: dlq,
      source: 'builtin-link',
    });
  });

  it('then the autosave, then the decoupling scenario', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: scenarioToJson(dlq) });
    expect(initialDocument('', storage)).toEqual({ scenario: dlq, source: 'autosave' });
    expect(initialDocument('', memoryStorage())).toEqual({
      scenario: defaultScenario(),
      source: 'default',
    });
    expect(initialDocument('', undefined).source).toBe('default');
  });

  it('keeps the autosave and reports the problems of an invalid link', () => {
    const storage = memoryStorage({ [AUTOSAVE_KEY]: scenarioToJson(dlq) });
    const result = initialDocument('#s=garbage!!', storage);
    expect(result.source).toBe('autosave');
    expect(result.scenario).toEqual(dlq);
    expect(result.shareProblems?.length).toBeGreaterThan(0);
  });
});
