import { JsonNumber, readJson as readJackson, type JsonValue } from './filterPolicy/jsonReader';

/**
 * JSON that SNS reads from an attribute (Policy, DeliveryPolicy, RedrivePolicy, ...), read by the
 * service's one Jackson-like reader (filterPolicy/jsonReader.ts), so every attribute words a
 * syntax error as the FilterPolicy does ([V] "failed to parse JSON. Unexpected character ('i'
 * (code 105)): was expecting double-quote to start field name"). The value comes back as plain
 * data (objects without a prototype, numbers as numbers).
 */
export type JsonReading = { ok: true; value: unknown } | { ok: false; problem: string };

export function readJson(text: string): JsonReading {
  const read = readJackson(text);
  if (!read.ok) return { ok: false, problem: read.message };
  return { ok: true, value: read.value === undefined ? undefined : plain(read.value) };
}

function plain(value: JsonValue): unknown {
  if (value instanceof JsonNumber) return Number(value.text);
  if (Array.isArray(value)) return value.map(plain);
  if (value instanceof Map) {
    const out = Object.create(null) as Record<string, unknown>;
    for (const [key, member] of value) out[key] = plain(member);
    return out;
  }
  return value;
}
