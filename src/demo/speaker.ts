// The presenter's speaker view: a second window (the demo page with ?view=speaker&scenario=…)
// showing the current step's caption and notes, the next caption and a clock, and stepping the
// audience window. The two windows talk over a BroadcastChannel; nothing leaves the browser.
import type { JurisdictionMap } from '../jurisdiction-map.js';
import { presenterAction } from '../elements/presenting.js';
import { dateInWords } from '../engine/words.js';

const CHANNEL = 'jurisdiction-map-presenter';

// Each carries the scenario: each window of another scenario (a second deck open in another tab)
// ignores them. A 'go' without it moved every tab's map. An 'ask' (from a speaker view that has
// just opened) gets the audience's step back, as a 'step'. A window's first step is `opening`:
// the speaker view answers it with its own step rather than follow it.
// A 'go' is answered with a 'here' by each audience window of its scenario, so that the speaker
// view can say when none follows.
type Message =
  | { type: 'step'; scenario: string; step: number; opening?: boolean }
  | { type: 'go'; scenario: string; step: number }
  | { type: 'ask' | 'here'; scenario: string };

/** In the audience window: tell the speaker view each step, and follow its commands. */
export function announceSteps(map: JurisdictionMap): void {
  const channel = new BroadcastChannel(CHANNEL);
  let opening = true;
  map.addEventListener('jm-step', (e) => {
    channel.postMessage({ type: 'step', ...e.detail, opening } satisfies Message);
    opening = false;
  });
  channel.addEventListener('message', (e: MessageEvent<Message>) => {
    if (e.data.scenario !== map.scenario) return;
    if (e.data.type === 'go') {
      map.goToStep(e.data.step);
      channel.postMessage({ type: 'here', scenario: e.data.scenario } satisfies Message);
    }
    const shown = map.scenarioView?.step;
    if (e.data.type === 'ask' && shown)
      channel.postMessage({
        type: 'step',
        scenario: e.data.scenario,
        step: shown,
      } satisfies Message);
  });
}

/** Opens the speaker view for the map's scenario in a second window. */
export function openSpeakerView(map: JurisdictionMap): void {
  const url = new URL(location.href);
  url.search = '';
  url.searchParams.set('view', 'speaker');
  url.searchParams.set('scenario', map.scenario);
  url.searchParams.set('step', String(map.scenarioView?.step ?? 1));
  // Tall enough for the longest step's caption, notes and buttons (631 px in 600 cut them off).
  window.open(url, 'jm-speaker', 'width=900,height=720');
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
  // Its own name in the window switcher and a screen reader's list of windows: it had the
  // audience window's.
  document.title = `Speaker notes: ${scenario.title}`;
  const count = scenario.steps.length;
  /** A step in range: a link's step=abc, 0 or 99 opens the first or last (a blank page before). */
  const within = (n: number) => (Number.isNaN(n) ? 1 : Math.min(count, Math.max(1, Math.round(n))));
  const channel = new BroadcastChannel(CHANNEL);
  const started = Date.now();
  let step = within(Number(firstStep ?? 1));
  // Made once and only updated at each step: rebuilt, the button just pressed was gone and the
  // focus fell to the page (Enter then did nothing). At either end a button says it has nothing
  // to do (aria-disabled) but keeps the focus, as the map's own do.
  const progress = el('p', 'speaker-progress');
  const caption = el('h1', 'speaker-caption');
  const notes = el('p', 'speaker-notes');
  const nextCaption = el('p', 'speaker-next-caption');
  const clock = el('p', 'speaker-clock');
  // Said when a step sent reaches no audience window: none open, or one that has left the
  // scenario (a reader's change, then a reload of its address). The speaker view went on
  // stepping alone and nothing said so (a hands-on review).
  const alone = el('p', 'speaker-alone');
  alone.setAttribute('role', 'status');
  let unanswered: ReturnType<typeof setTimeout> | undefined;
  const answered = () => {
    clearTimeout(unanswered);
    alone.textContent = '';
  };
  const previous = el('button', 'speaker-previous', '‹ Previous');
  const following = el('button', 'speaker-next', 'Next ›');
  previous.addEventListener('click', () => step > 1 && go(step - 1));
  following.addEventListener('click', () => step < count && go(step + 1));
  // The warning under the step's line, not last: the longest steps' notes put it below a
  // 900 × 600 window (the presenter review).
  root.replaceChildren(progress, alone, caption, notes, nextCaption, clock, previous, following);
  const show = () => {
    const view = scenarioStep(world, scenarioId, step);
    const next = step < view.steps ? scenarioStep(world, scenarioId, step + 1) : null;
    progress.textContent = `${view.title} · step ${step} of ${view.steps} · ${dateInWords(view.request.asOf)}`;
    caption.textContent = view.caption;
    notes.textContent = view.notes ?? 'No notes for this step.';
    nextCaption.textContent = next ? `Next: ${next.caption}` : 'Last step.';
    previous.setAttribute('aria-disabled', String(step <= 1));
    following.setAttribute('aria-disabled', String(!next));
    // The window's own address follows, so a reload opens the step shown, not the first one.
    const url = new URL(location.href);
    url.searchParams.set('step', String(step));
    history.replaceState(null, '', url);
  };
  const go = (n: number) => {
    step = within(n);
    channel.postMessage({ type: 'go', scenario: scenarioId, step } satisfies Message);
    clearTimeout(unanswered);
    unanswered = setTimeout(() => {
      alone.textContent = `No audience window shows “${scenario.title}”: open it on the demo page (S there opens this view).`;
    }, 2500);
    show();
  };
  channel.addEventListener('message', (e: MessageEvent<Message>) => {
    if (e.data.scenario !== scenarioId) return;
    if (e.data.type === 'here' || e.data.type === 'step') answered();
    if (e.data.type !== 'step' || e.data.step === step) return;
    // A window that has just opened (a second audience tab at its link's step 1, the audience
    // reloaded) is brought to this step: followed, it moved the speaker view and so every
    // other window's next step (a hands-on review).
    if (e.data.opening) go(step);
    else {
      step = e.data.step;
      show();
    }
  });
  // The audience may be further on than this window's address (a reload, a link opened later):
  // its step wins, before any key here could send it back to the address's step.
  channel.postMessage({ type: 'ask', scenario: scenarioId } satisfies Message);
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
