/** Node's environment (the engine's tsconfig has no Node types). */
declare const process: { env: Record<string, string | undefined> };

/** Seeds asked for in an environment variable, as "from-to" or one seed; undefined if unset. */
export function seedsFrom(variable: string): number[] | undefined {
  const text = process.env[variable];
  if (text === undefined) return undefined;
  const [from, to = from] = text.split('-').map(Number) as [number, number?];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}
