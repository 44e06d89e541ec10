/** The colour of each SQS edge: on the line, its arrow and the legend of the canvas. */
export const EDGE_COLOR = {
  'sends-to': '#E7157B',
  'consumes-from': '#64748b',
  triggers: '#ED7100',
  'dead-letter': '#dc2626',
  'replies-to': '#0d9488',
} as const;
