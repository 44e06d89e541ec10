import { s3Description } from '../engine/description';
import type { UiService } from '../../../ui/plugins/plugin';

/** Amazon S3 on the page: its events in the log; no nodes of its own yet. */
export const s3Ui: UiService = { name: 's3', description: s3Description, nodes: [], edges: [] };
