// Words for a screen reader, generated from the Resolution itself: the summary, each step in
// order, what stands in the way and how long it takes. Nothing here is written per case.
import type { Resolution } from './resolve.js';
import type { World } from './world.js';

const REACH_WORDS: Record<Resolution['reach'], string> = {
  direct: 'Direct reach.',
  assisted: 'Reach through another state.',
  contested: 'Contested in court.',
  none: 'No route.',
};

/** A short paragraph that says what the map shows for this resolution. */
export function narrate(world: World, resolution: Resolution): string {
  const parts = [REACH_WORDS[resolution.reach], resolution.summary];
  resolution.steps.forEach((step, i) => {
    const law = step.instrument
      ? ` (${world.instruments.get(step.instrument)?.shortTitle ?? step.instrument})`
      : '';
    parts.push(`Step ${i + 1}: ${step.label}${law}.`);
  });
  if (resolution.conflicts.length > 0) {
    const laws = resolution.conflicts.map((id) => world.instruments.get(id)?.shortTitle ?? id);
    parts.push(`In the way: ${laws.join('; ')}.`);
  }
  if (resolution.timeToData) parts.push(`Time to data: ${resolution.timeToData.text}.`);
  return parts.join(' ');
}
