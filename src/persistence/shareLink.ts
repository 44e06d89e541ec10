import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Scenario } from '../engine';
import { scenarioFromJson, type ParsedScenario } from './scenarioJson';

/**
 * Share links carry the whole scenario in the URL fragment, `#s=<lz-string data>`: a static site
 * needs no backend, and the fragment never reaches a server. Same scenario, same seed: the link
 * opens exactly the same canvas and run.
 */
export const SHARE_PARAM = 's';

export function shareFragment(scenario: Scenario): string {
  return `#${SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

/** The page's address (without its fragment) with the scenario as the fragment. */
export function shareUrl(scenario: Scenario, pageUrl: string): string {
  const base = pageUrl.split('#')[0] ?? pageUrl;
  return `${base}${shareFragment(scenario)}`;
}

export type SharedScenario = { kind: 'none' } | ({ kind: 'shared' } & ParsedScenario);

/** Reads `location.hash`. A fragment without `s=` is not a share link (kind "none"). */
export function readShareFragment(hash: string): SharedScenario {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  const params = new URLSearchParams(fragment);
  // URLSearchParams would turn '+' into ' ': lz-string's alphabet has '+', so slice it out raw.
  if (!params.has(SHARE_PARAM)) return { kind: 'none' };
  const raw = fragment
    .split('&')
    .find((part) => part.startsWith(`${SHARE_PARAM}=`))
    ?.slice(SHARE_PARAM.length + 1);
  if (raw === undefined || raw === '')
    return {
      kind: 'shared',
      ok: false,
      problems: ['The share link has no scenario data after #s=.'],
    };
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(raw);
  } catch {
    text = null;
  }
  if (text === null || text === '')
    return {
      kind: 'shared',
      ok: false,
      problems: [
        'The share link is damaged: its data could not be decompressed (was it cut short when copied?).',
      ],
    };
  return { kind: 'shared', ...scenarioFromJson(text) };
}
