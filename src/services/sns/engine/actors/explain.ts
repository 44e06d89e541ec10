import type { SnsActorEvent } from './events';

/** One plain sentence per event of the SNS actor kinds. */
export function explainSnsActor(e: SnsActorEvent): string {
  switch (e.type) {
    case 'actor/publish-failed':
      return `${e.actor}: Publish failed with ${e.error} — ${e.message ?? ''}`;
    case 'actor/finished':
      return `${e.actor}: done publishing (${e.attempted} messages).`;
  }
}
