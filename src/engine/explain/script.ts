import type { CoreActorEvent } from '../events';
import type { Registry } from '../registry';

/**
 * A scenario's scripted step as a sentence a learner understands: what the script did and to
 * what, from the step's own input ("changed fulfilment's settings: PoisonBodyContains is now
 * “no-longer-matches”"), never "Script: playground UpdateActor ran.". The service whose action
 * it was words its own steps.
 */
export function explainScriptStep(
  registry: Registry,
  d: Extract<CoreActorEvent, { type: 'actor/script-step-ran' | 'actor/script-step-failed' }>,
): string {
  const { action, target } = d;
  const on = target === undefined ? '' : ` ${target}`;
  if (d.type === 'actor/script-step-failed')
    return `The scenario's script called ${action}${target === undefined ? '' : ` on ${target}`}, and it failed: ${d.message}`;
  const settings = settingsText(d.settings);
  const own = registry.plugins
    .find((p) => p.name === d.service)
    ?.scriptSteps?.describe(action, target, settings);
  if (own !== undefined) return own;
  switch (action) {
    case 'UpdateActor':
      return changedSettings(target, settings);
    case 'CrashActor':
      return `The scenario's script crashed${on} on purpose.`;
    case 'RestartActor':
      return `The scenario's script restarted${on}.`;
    default:
      return `The scenario's script called ${action}${target === undefined ? '' : ` on ${target}`}.`;
  }
}

/** "The scenario's script changed orders's settings: VisibilityTimeout is now “60”." */
export function changedSettings(target: string | undefined, settings: string): string {
  return `The scenario's script changed${target === undefined ? ' the' : ` ${target}'s`} settings${settings}.`;
}

function settingsText(settings: string[] | undefined): string {
  return settings !== undefined && settings.length > 0 ? `: ${settings.join(', ')}` : '';
}
