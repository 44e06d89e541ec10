import type { Scenario } from '../engine';
import { validateScenario } from '../ui/plugins/registry';

/** A scenario read from untrusted text (a file, a link), or every problem found with it. */
export type ParsedScenario = { ok: true; scenario: Scenario } | { ok: false; problems: string[] };

/** The JSON an exported file holds: the scenario itself, readable and diffable. */
export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

/** Parses and validates; a syntax error is reported like any other problem. */
export function scenarioFromJson(text: string): ParsedScenario {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`The text is not valid JSON: ${reason}`] };
  }
  const result = validateScenario(value);
  return result.ok ? result : { ok: false, problems: result.problems };
}

/** A file name from the scenario's name: "Visibility timeout too short" → visibility-timeout-too-short.json. */
export function scenarioFileName(scenario: Pick<Scenario, 'name'>): string {
  const slug = scenario.name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `${slug || 'scenario'}.json`;
}
