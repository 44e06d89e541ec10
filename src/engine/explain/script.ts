import type { CoreActorEvent } from '../events';

/**
 * A scenario's scripted step as a sentence a learner understands: what the script did and to
 * what, from the step's own input ("changed fulfilment's settings: PoisonBodyContains is now
 * “no-longer-matches”"), never "Script: playground UpdateActor ran.".
 */
export function explainScriptStep(
  d: Extract<CoreActorEvent, { type: 'actor/script-step-ran' | 'actor/script-step-failed' }>,
  ok: boolean,
): string {
  const action = d.action;
  const target = typeof d.target === 'string' && d.target !== '' ? d.target : undefined;
  const on = target === undefined ? '' : ` ${target}`;
  if (!ok)
    return `The scenario's script called ${action}${target === undefined ? '' : ` on ${target}`}, and it failed: ${'message' in d ? d.message : ''}`;
  switch (action) {
    case 'SendMessage':
    case 'SendMessageBatch':
      return `The scenario's script sent a message to${on}.`;
    case 'UpdateActor':
    case 'SetQueueAttributes':
      return `The scenario's script changed${target === undefined ? ' the' : ` ${target}'s`} settings${settingsText(d.settings)}.`;
    case 'CrashActor':
      return `The scenario's script crashed${on} on purpose.`;
    case 'RestartActor':
      return `The scenario's script restarted${on}.`;
    case 'StartMessageMoveTask':
      return `The scenario's script started a redrive (StartMessageMoveTask) out of${on}.`;
    case 'AddPermission':
      return `The scenario's script granted access to${on} with AddPermission.`;
    case 'PurgeQueue':
      return `The scenario's script purged${on}.`;
    default:
      return `The scenario's script called ${action}${target === undefined ? '' : ` on ${target}`}.`;
  }
}

function settingsText(settings: unknown): string {
  return Array.isArray(settings) && settings.length > 0 ? `: ${settings.join(', ')}` : '';
}
