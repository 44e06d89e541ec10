import type { ServiceDescription } from '../plugin';
import { kmsDescription } from './kms/description';
import { sqsDescription } from './sqs/description';

/**
 * The door's services in words and scenarios, in the order of the list in index.ts: what the page
 * reads without running a world. A new service adds its description here and its plug-in there.
 */
export const descriptions: readonly ServiceDescription[] = [kmsDescription, sqsDescription];
