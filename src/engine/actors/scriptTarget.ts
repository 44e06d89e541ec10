import type { Registry } from '../registry';

/** The step's input reduced to what a sentence needs: whom it acts on, and settings it sets. */
export function scriptStepTarget(
  registry: Registry,
  input: unknown,
): { target?: string; settings?: string[] } {
  if (typeof input !== 'object' || input === null) return {};
  const i = input as Record<string, unknown>;
  const words = registry.plugins.flatMap((p) =>
    p.scriptSteps === undefined ? [] : [p.scriptSteps],
  );
  const named = ['ActorId', ...words.flatMap((w) => w.targets)]
    .map((member) => i[member])
    .find((v): v is string => typeof v === 'string' && v !== '');
  const settings = ['Config', ...words.flatMap((w) => w.settings)]
    .map((member) => i[member])
    .find(
      (v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v),
    );
  return {
    ...(named === undefined ? {} : { target: lastName(named) }),
    ...(settings === undefined
      ? {}
      : {
          settings: Object.keys(settings).map((k) => `${k} is now “${valueText(settings[k])}”`),
        }),
  };
}

/** A URL or ARN names its resource last: ".../orders", "arn:...:orders-dlq". */
function lastName(id: string): string {
  return id.split(/[/:]/).pop() || id;
}

function valueText(value: unknown): string {
  const text = typeof value === 'string' ? value : String(JSON.stringify(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}
