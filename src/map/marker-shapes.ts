// The marker for each reach: shape and colour both carry the meaning (a circle, a diamond, a
// triangle, a small hollow dot), and a bar across the marker marks a law in the way. One
// definition serves the map and the legend.
import type { Reach } from '../engine/index.js';

export type ShapeSpec = { tag: 'circle'; r: number } | { tag: 'path'; d: string };

export const MARKER_SHAPES: Record<Reach, ShapeSpec> = {
  direct: { tag: 'circle', r: 3.8 },
  assisted: { tag: 'path', d: 'M0,-5L5,0L0,5L-5,0Z' },
  contested: { tag: 'path', d: 'M0,-5.5L5,3.8L-5,3.8Z' },
  none: { tag: 'circle', r: 2.6 },
};

/** The bar across a marker whose data a law protects. */
export const BARRIER_PATH = 'M-4.8,4.8L4.8,-4.8';
