import { kmsUi } from './kms/ui';
import { s3Ui } from './s3/ui';
import { snsUi } from './sns/ui';
import { sqsUi } from './sqs/ui';
import type { UiService } from '../ui/plugins/plugin';

/**
 * The services the page shows, in the order of the engine's list (src/engine/services/index.ts):
 * a new service is one more line here and one there.
 */
export const uiServices: readonly UiService[] = [kmsUi, sqsUi, snsUi, s3Ui];
