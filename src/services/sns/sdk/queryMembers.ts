/**
 * The members of an AWS query request (`Action=Publish&Version=2010-03-31&...`) as the engine
 * takes them: `X.member.N` is a list, `X.entry.N.key`/`.value` a map (SNS names a message
 * attribute's `.Name`/`.Value`), `X.Y` a structure. Objects have no prototype: a map key is only
 * ever the caller's (a message attribute may be called "__proto__").
 */
type Node = Map<string, Node | string>;

export function readQueryMembers(form: URLSearchParams): Record<string, unknown> {
  const root: Node = new Map();
  for (const [name, value] of form) {
    if (name === 'Action' || name === 'Version') continue;
    const steps = name.split('.');
    const last = steps.pop() ?? '';
    let node = root;
    for (const step of steps) {
      const next = node.get(step);
      if (next instanceof Map) node = next;
      else node.set(step, (node = new Map()));
    }
    node.set(last, value);
  }
  return toValue(root) as Record<string, unknown>;
}

function toValue(node: Node | string): unknown {
  if (typeof node === 'string') return node;
  const members = node.get('member');
  if (node.size === 1 && members instanceof Map) return numbered(members).map(toValue);
  const entries = node.get('entry');
  if (node.size === 1 && entries instanceof Map) {
    const map = plainObject();
    for (const entry of numbered(entries)) {
      if (!(entry instanceof Map)) continue;
      const key = entry.get('key') ?? entry.get('Name');
      const value = entry.get('value') ?? entry.get('Value');
      if (typeof key === 'string' && value !== undefined) map[key] = toValue(value);
    }
    return map;
  }
  const struct = plainObject();
  for (const [name, child] of node) struct[name] = toValue(child);
  return struct;
}

/** A list's or map's items by their 1-based position. */
function numbered(node: Node): (Node | string)[] {
  return [...node]
    .filter(([position]) => /^\d+$/.test(position))
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([, item]) => item);
}

const plainObject = () => Object.setPrototypeOf({}, null) as Record<string, unknown>;
