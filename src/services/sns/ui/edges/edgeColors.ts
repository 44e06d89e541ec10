/** The colour of each SNS edge: on the line, its arrow and the legend of the canvas. */
export const EDGE_COLOR = {
  'publishes-to': '#E7157B',
  subscription: '#be185d',
} as const;
