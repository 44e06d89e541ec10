/**
 * [D] AWS-DOCS sns-message-delivery-retries: the AWS-managed delivery policy (SQS, Lambda,
 * Firehose endpoints) — 3 retries at once, 2 one second apart, 10 backing off exponentially
 * from 1 s to 20 s, then 100,000 twenty seconds apart: 100,015 retries over about 23 days.
 * Only server-side errors are retried; a client-side error (queue deleted, policy denies) is not.
 * Returns the wait before the retry that follows failed attempt `attempt` (1-based), or
 * undefined when the policy is exhausted.
 */
export function awsManagedRetryDelayMs(attempt: number): number | undefined {
  if (attempt <= 3) return 0;
  if (attempt <= 5) return 1000;
  if (attempt <= 15) return Math.round(1000 * 20 ** ((attempt - 6) / 9));
  if (attempt <= 100_015) return 20_000;
  return undefined;
}
