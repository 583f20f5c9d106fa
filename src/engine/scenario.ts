// Scenarios: a story told in steps over the same engine. A step changes only what it names, so
// the request (and the focus) at step n is the first step's with steps 2…n applied in order.
import { RequestError, type Request } from './request.js';
import type { ScenarioStep, Source } from './schema.js';
import type { World } from './world.js';

/** What to show at one step of a scenario. */
export interface ScenarioView {
  scenario: string;
  title: string;
  /** 1-based, as presenters count. */
  step: number;
  steps: number;
  request: Required<Request>;
  caption: string;
  notes?: string;
  focus?: ScenarioStep['focus'];
  highlight: string[];
  sources: Source[];
}

/** The view of step `step` (1-based) of a scenario; throws a RequestError naming a bad id or step. */
export function scenarioStep(world: World, scenarioId: string, step: number): ScenarioView {
  const scenario = world.scenarios.get(scenarioId);
  if (!scenario) {
    throw new RequestError(
      'scenario',
      scenarioId,
      `unknown scenario ${JSON.stringify(scenarioId)}; known: ${[...world.scenarios.keys()].join(', ')}`,
    );
  }
  const count = scenario.steps.length;
  if (!Number.isInteger(step) || step < 1 || step > count) {
    // 2.5 is no step at all (it was said to be "not between 1 and 7").
    const what = Number.isInteger(step) ? `between 1 and ${count}` : 'a whole number';
    throw new RequestError(
      'step',
      step,
      `step ${JSON.stringify(step)} is not ${what} in ${scenarioId}`,
    );
  }
  const request = {} as Required<Request>;
  let focus: ScenarioStep['focus'];
  for (const s of scenario.steps.slice(0, step)) {
    if (s.focus) focus = s.focus;
    if (s.requestType) request.requestType = s.requestType;
    if (s.requester) request.requester = s.requester;
    if (s.datacenter) request.datacenter = s.datacenter;
    if (s.asOf) request.asOf = s.asOf;
  }
  const current = scenario.steps[step - 1]!;
  return {
    scenario: scenario.id,
    title: scenario.title,
    step,
    steps: count,
    request,
    caption: current.caption,
    ...(current.notes ? { notes: current.notes } : {}),
    ...(focus ? { focus } : {}),
    highlight: current.highlight ?? [],
    sources: current.sources ?? scenario.sources,
  };
}
