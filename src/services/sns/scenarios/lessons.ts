/**
 * What each SNS lesson id its scenarios cite teaches, in a few words: the tooltip and
 * screen-reader text of a lesson badge (LESSONS.md, L25–L33).
 */
export const SNS_LESSON_TITLES: Readonly<Record<string, string>> = {
  L25: 'Publish once: every subscription of the topic gets a copy',
  L27: 'Filter policies send a subscription only the messages it wants',
  L28: 'SNS + SQS fan-out: queues keep each copy; the queue policy must allow the topic',
};
