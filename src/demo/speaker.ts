// The presenter's speaker view: a second window (the demo page with ?view=speaker&scenario=…)
// showing the current step's caption and notes, the next caption and a clock, and stepping the
// audience window. The two windows talk over a BroadcastChannel; nothing leaves the browser.
import type { JurisdictionMap } from '../jurisdiction-map.js';
import { presenterAction } from '../elements/presenting.js';

const CHANNEL = 'jurisdiction-map-presenter';

// Both carry the scenario: each window of another scenario (a second deck open in another tab)
// ignores them. A 'go' without it moved every tab's map.
type Message = { type: 'step' | 'go'; scenario: string; step: number };

/** In the audience window: tell the speaker view each step, and follow its commands. */
export function announceSteps(map: JurisdictionMap): void {
  const channel = new BroadcastChannel(CHANNEL);
  map.addEventListener('jm-step', (e) =>
    channel.postMessage({ type: 'step', ...e.detail } satisfies Message),
  );
  channel.addEventListener('message', (e: MessageEvent<Message>) => {
    if (e.data.type === 'go' && e.data.scenario === map.scenario) map.goToStep(e.data.step);
  });
}

/** Opens the speaker view for the map's scenario in a second window. */
export function openSpeakerView(map: JurisdictionMap): void {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('view', 'speaker');
  url.searchParams.set('scenario', map.scenario);
  url.searchParams.set('step', String(map.scenarioView?.step ?? 1));
  window.open(url, 'jm-speaker', 'width=900,height=600');
}

/** In the speaker window: render the notes view into `root`. */
export async function renderSpeakerView(
  root: HTMLElement,
  scenarioId: string,
  firstStep: string | null,
): Promise<void> {
  // The engine with its data is loaded here, not by the demo page: the audience window never
  // needs it (the element carries its own), and it was 53 KB more for every visitor.
  const { createWorld, scenarioStep } = await import('../engine/index.js');
  const world = createWorld();
  const el = (tag: string, className: string, text = '') => {
    const node = document.createElement(tag);
    node.className = className;
    node.textContent = text;
    return node;
  };
  // A link to a scenario the data lacks says so and links to the ones it has (it was a blank
  // page and an uncaught error), as story.html does.
  const scenario = world.scenarios.get(scenarioId);
  if (!scenario) {
    const list = el('ul', 'speaker-scenarios');
    for (const { id, title } of world.scenarios.values()) {
      const link = el('a', '', title) as HTMLAnchorElement;
      link.href = `?view=speaker&scenario=${encodeURIComponent(id)}`;
      list.append(el('li', ''));
      list.lastElementChild!.append(link);
    }
    root.replaceChildren(el('h1', 'speaker-caption', `No scenario called “${scenarioId}”`), list);
    return;
  }
  const count = scenario.steps.length;
  /** A step in range: a link's step=abc, 0 or 99 opens the first or last (a blank page before). */
  const within = (n: number) => (Number.isNaN(n) ? 1 : Math.min(count, Math.max(1, Math.round(n))));
  const channel = new BroadcastChannel(CHANNEL);
  const started = Date.now();
  let step = within(Number(firstStep ?? 1));
  const clock = el('p', 'speaker-clock');
  const show = () => {
    const view = scenarioStep(world, scenarioId, step);
    const next = step < view.steps ? scenarioStep(world, scenarioId, step + 1) : null;
    const previous = el('button', 'speaker-previous', '‹ Previous') as HTMLButtonElement;
    const following = el('button', 'speaker-next', 'Next ›') as HTMLButtonElement;
    previous.disabled = step <= 1;
    following.disabled = !next;
    previous.addEventListener('click', () => go(step - 1));
    following.addEventListener('click', () => go(step + 1));
    root.replaceChildren(
      el(
        'p',
        'speaker-progress',
        `${view.title} · step ${step} of ${view.steps} · ${view.request.asOf}`,
      ),
      el('h1', 'speaker-caption', view.caption),
      el('p', 'speaker-notes', view.notes ?? 'No notes for this step.'),
      el('p', 'speaker-next-caption', next ? `Next: ${next.caption}` : 'Last step.'),
      clock,
      previous,
      following,
    );
  };
  const go = (n: number) => {
    step = within(n);
    channel.postMessage({ type: 'go', scenario: scenarioId, step } satisfies Message);
    show();
  };
  channel.addEventListener('message', (e: MessageEvent<Message>) => {
    if (e.data.type === 'step' && e.data.scenario === scenarioId && e.data.step !== step) {
      step = e.data.step;
      show();
    }
  });
  // The clicker's keys, read as the map reads them (Home and End too; Space on a button presses it).
  document.addEventListener('keydown', (e) => {
    const action = presenterAction(e, e.target ?? undefined);
    if (action === 'next') go(step + 1);
    else if (action === 'previous') go(step - 1);
    else if (action === 'first') go(1);
    else if (action === 'last') go(count);
    else return;
    e.preventDefault();
  });
  setInterval(() => {
    const seconds = Math.floor((Date.now() - started) / 1000);
    clock.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')} elapsed`;
  }, 1000);
  show();
}
