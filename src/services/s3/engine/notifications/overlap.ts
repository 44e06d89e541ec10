import { s3Errors } from '../errors';
import type { FilterRule } from '../model';
import { typesShareEvent } from './eventTypes';
import type { ReadTarget } from './readConfiguration';

/**
 * [D] S3 UG notification-how-to-filtering: configurations on one bucket "cannot define filtering
 * rules with overlapping prefixes, overlapping suffixes, or prefix and suffix overlapping" for a
 * shared event type, whatever their destinations: one object event goes to one configuration.
 * Two prefixes overlap when one starts the other (no prefix starts every key); two suffixes when
 * one ends the other. Two configurations without any filter that share an event type get S3's
 * "Configurations overlap" refusal; with a filter on either side, its "ambiguously defined" one.
 * A learner who wants one event in several places fans it out through an SNS topic (L29).
 */
export function checkNoOverlap(targets: readonly ReadTarget[]): void {
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const a = targets[i] as ReadTarget;
      const b = targets[j] as ReadTarget;
      if (!overlap(a, b)) continue;
      throw s3Errors.invalidArgument(
        a.filterRules.length === 0 && b.filterRules.length === 0
          ? 'Configurations overlap. Configurations on the same bucket cannot share a common event type.'
          : 'Configuration is ambiguously defined. Cannot have overlapping suffixes in two rules if the prefixes are overlapping for the same event type.',
      );
    }
  }
}

/** Whether some object event could match both configurations. */
export function overlap(a: ReadTarget, b: ReadTarget): boolean {
  if (!a.events.some((x) => b.events.some((y) => typesShareEvent(x, y)))) return false;
  const [prefixA, prefixB] = [rule(a, 'Prefix'), rule(b, 'Prefix')];
  const [suffixA, suffixB] = [rule(a, 'Suffix'), rule(b, 'Suffix')];
  return (
    (prefixA.startsWith(prefixB) || prefixB.startsWith(prefixA)) &&
    (suffixA.endsWith(suffixB) || suffixB.endsWith(suffixA))
  );
}

/** A configuration's prefix or suffix; none is "", which starts and ends every key. */
export function rule(target: { filterRules: readonly FilterRule[] }, name: FilterRule['Name']) {
  return target.filterRules.find((r) => r.Name === name)?.Value ?? '';
}
