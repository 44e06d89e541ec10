import { sqsUi } from './sqs/ui';
import type { UiService } from '../ui/services/plugin';

/** The services the page shows: a new service is one more line here (and in the engine's list). */
export const uiServices: readonly UiService[] = [sqsUi];
