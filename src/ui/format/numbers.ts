/** "43,200" — grouping for ranges and defaults, locale-independent so tests are stable. */
export function grouped(n: number): string {
  return n.toLocaleString('en-US');
}
