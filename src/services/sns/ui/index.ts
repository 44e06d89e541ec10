import { snsDescription } from '../engine/description';
import type { UiService } from '../../../ui/plugins/plugin';

/**
 * Amazon SNS on the page: its events in words for now (the log explains them); its topic node,
 * subscription edges and panels come with the SNS canvas work.
 */
export const snsUi: UiService = { name: 'sns', description: snsDescription, nodes: [], edges: [] };
