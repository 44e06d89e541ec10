import { kmsDescription } from '../engine/description';
import type { UiService } from '../../../ui/plugins/plugin';

/** AWS KMS on the page: no nodes of its own; a scenario's customer managed keys (`keys`). */
export const kmsUi: UiService = { name: 'kms', description: kmsDescription, nodes: [], edges: [] };
