import type { Sim } from '../sim';

/**
 * Message templates shared by the programs that send (an SQS producer, an SNS publisher):
 * "{n}" is the message's number (1, 2, ...), "{groupId}" its FIFO message group, and
 * "{cycle:a,b,c}" the values in turn (message 1 gets a, 2 gets b, 4 gets a again), so a
 * scenario can vary an attribute without randomness.
 */

/** A template's text around its "{n}" placeholders, split once: bodies are built per message. */
const splitTemplates = new Map<string, string[]>();
const CYCLE = /\{cycle:([^}]*)\}/g;

export function fillTemplate(template: string, n: number, groupId: string): string {
  let parts = splitTemplates.get(template);
  if (parts === undefined) {
    parts = template.split('{n}');
    splitTemplates.set(template, parts);
  }
  let text = parts[0] as string;
  for (let i = 1; i < parts.length; i++) text += String(n) + parts[i];
  if (text.includes('{groupId}')) text = text.replaceAll('{groupId}', groupId);
  if (!text.includes('{cycle:')) return text;
  return text.replace(CYCLE, (_all, list: string) => {
    const values = list.split(',');
    return values[(n - 1) % values.length] ?? '';
  });
}

/** FIFO: one fixed group, or Groups groups named group-1 … group-K, in turn or at random. */
export interface GroupIdPattern {
  Mode: 'fixed' | 'round-robin' | 'random';
  Value: string;
  Groups: number;
}

/** The next message's group id (a round-robin advances `runtime.roundRobin`). */
export function groupIdFor(
  sim: Sim,
  actorId: string,
  pattern: GroupIdPattern | undefined,
  runtime: { roundRobin: number },
): string | undefined {
  if (pattern === undefined) return undefined;
  if (pattern.Mode === 'fixed') return pattern.Value;
  if (pattern.Mode === 'random')
    return `group-${sim.random(`actor:${actorId}:groups`).int(1, pattern.Groups)}`;
  return `group-${(runtime.roundRobin++ % pattern.Groups) + 1}`;
}

/** String message attributes (values are templates) as SendMessage and Publish take them. */
export function templatedAttributes(
  attributes: Readonly<Record<string, string>> | undefined,
  n: number,
  groupId: string,
): Record<string, { DataType: 'String'; StringValue: string }> | undefined {
  if (attributes === undefined) return undefined;
  const entries = Object.entries(attributes);
  if (entries.length === 0) return undefined;
  return Object.fromEntries(
    entries.map(([k, v]) => [k, { DataType: 'String', StringValue: fillTemplate(v, n, groupId) }]),
  );
}
