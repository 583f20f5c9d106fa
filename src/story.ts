// The scroll-driven story page: one section per step of a scenario, written from the scenario's
// own captions and notes (the content lives in data/), and the map follows the section in view.
import './demo.css';
import './story.css';
import { createWorld, scenarioStep } from './engine/index.js';
import { dateInWords } from './engine/words.js';
import './jurisdiction-map.js';
import { webUrl } from './elements/parts.js';

const map = document.querySelector('jurisdiction-map');
const container = document.getElementById('story-steps');
const scenarioId =
  // An empty ?scenario= is none given: the page's own story.
  new URLSearchParams(location.search).get('scenario') || (map?.getAttribute('scenario') ?? '');
const scenarios = createWorld().scenarios;
const scenario = scenarios.get(scenarioId);

// A link to a story the data does not have says so and lists the ones it has, rather than show
// another story under its title.
if (!scenario) {
  document.getElementById('story-title')!.textContent = `No story called “${scenarioId}”`;
  document.getElementById('story-summary')!.textContent = 'The stories in the data:';
  const list = document.createElement('ul');
  for (const { id, title } of scenarios.values()) {
    const link = document.createElement('a');
    link.href = `?scenario=${encodeURIComponent(id)}`;
    link.textContent = title;
    list.append(document.createElement('li'));
    list.lastElementChild!.append(link);
  }
  // In the header, in place of the scroll hint and the print button; no map, no columns.
  document.querySelector('.story-hint')?.replaceWith(list);
  document.querySelector('.story-layout')?.remove();
  document.title = 'No such story — Jurisdiction Map';
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', 'The stories of Jurisdiction Map, step by step.');
}

if (map && container && scenario) {
  map.setAttribute('scenario', scenario.id);
  // ?theme=dark (or light) darkens the page with its map, as on the demo page. (No ?lang: the
  // story's prose is the data's English.)
  const theme = new URLSearchParams(location.search).get('theme')?.toLowerCase();
  if (theme === 'dark' || theme === 'light') {
    map.setAttribute('theme', theme);
    document.documentElement.dataset.theme = theme;
  }
  document.getElementById('story-title')!.textContent = scenario.title;
  document.getElementById('story-summary')!.textContent = scenario.summary;
  document.title = `${scenario.title} — Jurisdiction Map`;
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', `${scenario.title}: ${scenario.summary}`);
  const world = createWorld();
  const sections = scenario.steps.map((step, i) => {
    const section = document.createElement('section');
    section.className = 'story-step';
    section.dataset.step = String(i + 1);
    const number = document.createElement('p');
    number.className = 'story-number';
    // The step's date, also where it carries over an earlier step's.
    const { asOf } = scenarioStep(world, scenario.id, i + 1).request;
    number.textContent = `Step ${i + 1} of ${scenario.steps.length} · ${dateInWords(asOf)}`;
    const caption = document.createElement('h2');
    caption.textContent = step.caption;
    section.append(number, caption);
    if (step.notes) {
      const notes = document.createElement('p');
      notes.textContent = step.notes;
      section.append(notes);
    }
    const sources = step.sources ?? scenario.sources;
    const list = document.createElement('ul');
    list.className = 'story-sources';
    for (const source of sources) {
      const item = document.createElement('li');
      // Only http(s) becomes a link, as in the element's panel (built-in data today, but the
      // story should not trust its data more than the element does).
      const url = webUrl(source.url);
      if (url) {
        const link = document.createElement('a');
        link.href = url;
        link.rel = 'noopener noreferrer';
        link.textContent = source.citation;
        item.append(link);
      } else item.textContent = source.citation;
      list.append(item);
    }
    section.append(list);
    return section;
  });
  container.replaceChildren(...sections);

  // The step whose section crosses the middle of what the reader sees of the text is the one the
  // map shows: the window's middle, or on a phone (story.css), where the map stays over the top
  // of the window (at most 55 % of it, less where the map is shorter), the middle of the rest.
  // With the window's middle there, the map showed the step before the one being read, until
  // its heading went under the map.
  let current = 1;
  // The map opens on step 1, and so is its section marked, before any scrolling (on a phone the
  // band below the map meets no section at the top of the page).
  sections[0]?.classList.add('current');
  const narrow = matchMedia('(max-width: 720px)');
  let observer: IntersectionObserver | undefined;
  const watch = () => {
    observer?.disconnect();
    const mapShare = (map.parentElement?.offsetHeight ?? 0) / innerHeight;
    const line = (1 + mapShare) / 2;
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          const step = Number((entry.target as HTMLElement).dataset.step);
          current = step;
          for (const s of sections) s.classList.toggle('current', s === entry.target);
          if (map.scenarioView?.step !== step) map.goToStep(step);
        }
      },
      {
        rootMargin: narrow.matches
          ? `-${Math.round((line - 0.025) * 100)}% 0px -${Math.round((0.975 - line) * 100)}% 0px`
          : '-45% 0px -45% 0px',
      },
    );
    for (const section of sections) observer.observe(section);
  };
  watch();
  narrow.addEventListener('change', watch);
  // The phone's map is as tall as its width allows (story.css): turned, the line moves.
  addEventListener('resize', () => narrow.matches && watch());

  // And the page follows the map when its own buttons or keys (or autoplay) change the step: the
  // text of the step shown comes into view. At once, not smoothly: a smooth scroll would pass the
  // steps in between, and each would set the map back on its way.
  let printing = false;
  const bringIntoView = (step: number) =>
    // On a phone, just under the map (the sections' scroll margin, story.css).
    sections[step - 1]?.scrollIntoView({ block: narrow.matches ? 'start' : 'center' });
  map.addEventListener('jm-step', (event) => {
    const { step } = event.detail;
    if (printing) return;
    if (step !== current) bringIntoView(step);
    // The address names the step shown, so a link or a reload opens the story there.
    const url = new URL(location.href);
    url.searchParams.set('step', String(step));
    history.replaceState(null, '', url);
  });
  // A link to a step (?step=3) opens the story scrolled to it; the map follows as it would.
  const written = new URLSearchParams(location.search).get('step');
  const linked = Number(written);
  if (Number.isInteger(linked) && linked > 1 && linked <= sections.length) bringIntoView(linked);
  // A step the story lacks (?step=99, ?step=abc) is said at the top; the page opened at step 1
  // without a word.
  else if (written && !(Number.isInteger(linked) && linked >= 1 && linked <= sections.length)) {
    const missing = document.createElement('p');
    missing.className = 'story-missing';
    missing.setAttribute('role', 'alert');
    missing.textContent = `This story has no step “${written}” (it has ${sections.length}): it opens at step 1.`;
    document.getElementById('story-summary')!.after(missing);
  }

  // The handout: each step's map drawn as a picture into its section (shown only in print),
  // then the browser's print dialog.
  const print = document.getElementById('story-print') as HTMLButtonElement | null;
  print?.addEventListener('click', async () => {
    printing = true;
    print.disabled = true;
    const shown = map.scenarioView?.step ?? 1;
    // A landscape map for the paper page (on screen it is as tall as the window).
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));
    map.style.height = `${Math.round(map.getBoundingClientRect().width * 0.56)}px`;
    await frame();
    await frame();
    await map.updateComplete;
    try {
      for (const [i, section] of sections.entries()) {
        map.goToStep(i + 1);
        await map.updateComplete;
        const picture = URL.createObjectURL(await map.exportImage('svg'));
        const image =
          section.querySelector<HTMLImageElement>('img.story-print-map') ??
          document.createElement('img');
        image.className = 'story-print-map';
        image.alt = `The map at step ${i + 1}`;
        const old = image.getAttribute('src');
        if (old) URL.revokeObjectURL(old);
        image.src = picture;
        section.querySelector('h2')!.after(image);
      }
    } finally {
      map.style.removeProperty('height');
      map.goToStep(shown);
      printing = false;
      print.disabled = false;
    }
    window.print();
  });
}
