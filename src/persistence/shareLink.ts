import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import type { Scenario } from '../engine';
import { BUILT_IN_SCENARIOS, builtInScenario } from '../ui/scenarios/catalogue';
import { scenarioFromJson, type ParsedScenario } from './scenarioJson';

/**
 * Share links carry the whole scenario in the URL fragment, `#s=<lz-string data>`: a static site
 * needs no backend, and the fragment never reaches a server. Same scenario, same seed: the link
 * opens exactly the same canvas and run. `#builtin=<id>` names a built-in scenario instead.
 */
export const SHARE_PARAM = 's';
export const BUILTIN_PARAM = 'builtin';

/**
 * The longest link we hand out or open. Chromium refuses URLs over 2 MiB (the tab stays blank),
 * so a longer link would open nothing; a JSON file carries any size.
 */
export const MAX_LINK_LENGTH = 2_000_000;

export function shareFragment(scenario: Scenario): string {
  return `#${SHARE_PARAM}=${compressToEncodedURIComponent(JSON.stringify(scenario))}`;
}

const pageOf = (pageUrl: string) => pageUrl.split('#')[0] ?? pageUrl;

/** The page's address (without its fragment) with the scenario as the fragment. */
export function shareUrl(scenario: Scenario, pageUrl: string): string {
  return `${pageOf(pageUrl)}${shareFragment(scenario)}`;
}

/** A link that opens the built-in scenario `id` (always its current version). */
export function builtInUrl(id: string, pageUrl: string): string {
  return `${pageOf(pageUrl)}#${BUILTIN_PARAM}=${encodeURIComponent(id)}`;
}

/** The share link, or its length when it is too long to open. */
export function shareLinkFor(
  scenario: Scenario,
  pageUrl: string,
): { ok: true; url: string } | { ok: false; length: number } {
  const url = shareUrl(scenario, pageUrl);
  return url.length > MAX_LINK_LENGTH ? { ok: false, length: url.length } : { ok: true, url };
}

/** The id of the built-in scenario `scenario` is an unedited copy of, if any. */
export function builtInIdOf(scenario: Scenario): string | undefined {
  const json = JSON.stringify(scenario);
  return BUILT_IN_SCENARIOS.find((b) => JSON.stringify(b.scenario) === json)?.id;
}

export type SharedScenario =
  { kind: 'none' } | ({ kind: 'shared'; builtIn?: string } & ParsedScenario);

const characters = (n: number) => `${n.toLocaleString('en-US')} characters`;

/** Reads `location.hash`. A fragment without `s=` or `builtin=` is not a link (kind "none"). */
export function readShareFragment(hash: string): SharedScenario {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  // URLSearchParams would turn '+' into ' ': lz-string's alphabet has '+', so slice it out raw.
  const value = (param: string) =>
    fragment
      .split('&')
      .find((part) => part.startsWith(`${param}=`))
      ?.slice(param.length + 1);
  const builtIn = value(BUILTIN_PARAM);
  if (builtIn !== undefined) return readBuiltIn(decodeURIComponent(builtIn));
  const raw = value(SHARE_PARAM);
  if (raw === undefined) return { kind: 'none' };
  const refuse = (problem: string): SharedScenario => ({
    kind: 'shared',
    ok: false,
    problems: [problem],
  });
  if (raw === '') return refuse('The share link has no scenario data after #s=.');
  if (raw.length > MAX_LINK_LENGTH)
    return refuse(
      `The link is ${characters(raw.length)} long, more than browsers open (${characters(MAX_LINK_LENGTH)}). Ask for the scenario as a JSON file and open it with Import JSON.`,
    );
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(raw);
  } catch {
    text = null;
  }
  if (text === null || text === '')
    return refuse(
      'The share link is damaged: its data could not be decompressed (was it cut short when copied?).',
    );
  return { kind: 'shared', ...scenarioFromJson(text) };
}

function readBuiltIn(id: string): SharedScenario {
  const built = builtInScenario(id);
  if (built === undefined)
    return {
      kind: 'shared',
      ok: false,
      problems: [
        `There is no built-in scenario “${id}”. Built-in ids: ${BUILT_IN_SCENARIOS.map((b) => b.id).join(', ')}.`,
      ],
    };
  return { kind: 'shared', ok: true, scenario: structuredClone(built.scenario), builtIn: id };
}
