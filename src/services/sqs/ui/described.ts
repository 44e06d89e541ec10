import { describe } from '../../../engine';
import { sqsDescription } from '../engine/description';

/** The engine's words for SQS's own events, for SQS's views (they cannot import the registry). */
export const sqsDescribed = describe([sqsDescription]);
