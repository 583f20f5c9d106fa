import { html, LitElement, nothing, svg, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { controls, dateOfDay, dayNumber, SLIDER_START, type ControlsActions } from './controls.js';
import { styleProps } from './style-props.js';
import { DataController, type DataSource } from '../controllers/data-controller.js';
import { PlaybackController } from '../controllers/playback-controller.js';
import { ResizeController } from '../controllers/resize-controller.js';
import { fitBox, ZoomController, type Covered, type View } from '../controllers/zoom-controller.js';
import { inSentence, withArticle } from '../engine/words.js';
import {
  isIsoDate,
  narrate,
  reachAll,
  RequestError,
  requestProblems,
  resolve,
  scenarioStep,
  someDatacenters,
  today,
  type Datacenter,
  type DatacenterReach,
  type Request,
  type Resolution,
  type ScenarioView,
  type World,
} from '../engine/core.js';
// Not part of the engine's public API (core.js is re-exported by engine/index.ts).
import { sameIdInOtherCase } from '../engine/request.js';
import { builtInWorld, completeWorld, lacksSources } from './built-in-data.js';
import { countryShapes, type CountryShape } from '../map/atlas.js';
import { CountryLayer } from '../map/country-layer.js';
import { MarkerLayer } from '../map/marker-layer.js';
import {
  mainPartBox,
  makeProjection,
  placeRing,
  markerScale,
  placeLabels,
  Places,
  polylines,
  worldBox,
} from '../map/geometry.js';
import {
  buildScene,
  focusBox,
  makeGeometry,
  type Geometry,
  type Scene,
  type SceneCountry,
} from '../map/scene.js';
import { jmEvent, type JmErrorDetail } from './events.js';
import { caption, panel, type CaptionActions, type PanelActions } from './panel.js';
import { contentLang, legend, reachTable } from './parts.js';
import { presenterAction, viewEmbedCode, viewLink, type ViewAttribute } from './presenting.js';
import {
  en,
  localeFor,
  placeholderWords,
  wordsFailure,
  wordsFor,
  type Locale,
} from '../i18n/strings.js';
import { styles } from './styles.js';

/**
 * A country's edge over the land: the data's, or a party's whose fill is the parties' own (a
 * requester's strong fill needs none, and a party edge there read as a treaty for its own law).
 */
function edgeRank(c: SceneCountry): number {
  return c.roles.includes('data') ? 2 : c.party && !c.role ? 1 : 0;
}
const EDGES = ['', 'edge party', 'edge data'];

/**
 * How a string property is written back to its attribute (reflect): not at all while empty.
 * Each unset one wrote an empty attribute (src="", country="", theme="") onto the page's element,
 * where a site's [src] or [theme] selectors, its MutationObservers and cloneNode met attributes
 * it never set.
 */
const unlessEmpty = { toAttribute: (value: unknown) => (value === '' ? null : value) };

/**
 * A world map of cloud data centers and the legal reach of a government's request for the data
 * in them: which laws and treaties let it get there, step by step, and which stand in the way.
 *
 * @tag jurisdiction-map
 * @fires jm-ready - The first complete render.
 * @fires jm-change - The shown resolution changed; detail `{ request, resolution }`.
 * @fires jm-select - A reader selected a country or a data center; detail `{ kind, id }`.
 * @fires jm-error - A bad attribute value or data bundle; detail `{ message, source?, problems? }`.
 * @fires jm-step - A scenario step is shown; detail `{ scenario, step, steps }`.
 *
 * @csspart frame - The whole element.
 * @csspart controls - The bar of pickers.
 * @csspart map - The map area.
 * @csspart legend - The legend over the map.
 * @csspart panel - The explanation panel.
 *
 * @cssprop --jm-font - Font family; inherits the page's by default.
 * @cssprop --jm-background - Background of the element.
 * @cssprop --jm-text - Text, and the outline of a selected marker.
 * @cssprop --jm-muted - Secondary text, and the markers' leader lines.
 * @cssprop --jm-surface - Background of the controls, caption and panel boxes.
 * @cssprop --jm-border - Borders of boxes and of the globe.
 * @cssprop --jm-ocean - The sea.
 * @cssprop --jm-land - Countries with no part in the answer.
 * @cssprop --jm-land-border - Borders between countries.
 * @cssprop --jm-graticule - The lines of latitude and longitude.
 * @cssprop --jm-party - Countries party to an instrument on the path.
 * @cssprop --jm-party-edge - Their edges, which set them apart from the land.
 * @cssprop --jm-requester - Fill of the requesting state.
 * @cssprop --jm-provider - Fill of the provider's home state.
 * @cssprop --jm-data - Fill of the state where the data is.
 * @cssprop --jm-data-edge - Its edge, which sets it apart from the land.
 * @cssprop --jm-requested - Fill of the state asked for assistance.
 * @cssprop --jm-conflict - Colour of laws in the way (hatching, bars).
 * @cssprop --jm-direct - Marker colour for direct reach.
 * @cssprop --jm-assisted - Marker colour for reach through another state.
 * @cssprop --jm-contested - Marker colour for contested reach.
 * @cssprop --jm-none - Marker colour for no route.
 * @cssprop --jm-arc - The path's arcs and its numbered step badges.
 * @cssprop --jm-badge-text - Text on the panel's reach badge ("Direct").
 * @cssprop --jm-focus - Keyboard focus rings.
 * @cssprop --jm-error-background - Background of an error message in the element.
 * @cssprop --jm-error-text - Text of an error message in the element.
 * @cssprop --jm-radius - Corner radius of boxes and buttons.
 * @csspart caption - The scenario caption.
 * @csspart placeholder - What a lazy map shows before it nears the viewport.
 */
export class JurisdictionMap extends LitElement {
  static override styles = styles;

  /** The request type id, e.g. `us-warrant`, `mlat`, `eu-production-order`. */
  @property({ attribute: 'request-type', reflect: true }) requestType = 'us-warrant';
  /** The requesting state, ISO 3166-1 alpha-2 (e.g. `US`). */
  @property({ reflect: true }) requester = 'US';
  /** The data center id, `<provider>-<region>` (e.g. `azure-northeurope`). */
  @property({ reflect: true }) datacenter = 'azure-northeurope';
  /** The as-of date, YYYY-MM-DD; empty for today. */
  @property({ attribute: 'as-of', reflect: true, converter: unlessEmpty }) asOf = '';
  /** URL of a JSON data bundle (same origin or CORS), merged with or replacing the built-in data. */
  @property({ reflect: true, converter: unlessEmpty }) src = '';
  /** A data bundle as an object, instead of `src`; checked the same way. */
  @property({ attribute: false }) data: unknown = null;
  /**
   * A data="…" attribute, which markup may try: watched only to say that it is not read.
   * @internal (not in the manifest: editors would offer it)
   */
  @property({ attribute: 'data' }) private dataAttribute: string | null = null;
  /**
   * How `src` or `data` meets the built-in data set: `merge` (the default) adds its records and
   * replaces those with the same id; `replace` shows the bundle alone.
   */
  @property({ attribute: 'bundle-mode' }) bundleMode: 'merge' | 'replace' = 'merge';
  /**
   * A scenario to present, by id (e.g. `microsoft-ireland`): each of its steps sets the request,
   * the date and the caption. Empty shows the request's own attributes.
   */
  @property({ reflect: true, converter: unlessEmpty }) scenario = '';
  /** The scenario's step shown, 1-based (empty for the first). */
  @property({ reflect: true, converter: unlessEmpty }) step = '';
  /** Compare with the same request for this data center (e.g. Dublin against Virginia). */
  @property({ attribute: 'compare-datacenter', reflect: true, converter: unlessEmpty })
  compareDatacenter = '';
  /** Compare with this request type (e.g. an MLAT request against a CLOUD Act order). */
  @property({ attribute: 'compare-request-type', reflect: true, converter: unlessEmpty })
  compareRequestType = '';
  /** Compare with this requesting state. */
  @property({ attribute: 'compare-requester', reflect: true, converter: unlessEmpty })
  compareRequester = '';
  /**
   * A country whose details the panel shows, the map zoomed to it (a jurisdiction id such as
   * `IE`): set when a reader selects a country, emptied when they close its details; set by a
   * page or a link to open them.
   */
  @property({ reflect: true, converter: unlessEmpty }) country = '';
  /**
   * Only these providers' data centers are drawn and listed, by id, separated by spaces or commas
   * (`azure aws`); empty for all. The data centers a request names show whatever their provider.
   */
  @property({ reflect: true, converter: unlessEmpty }) providers = '';

  /**
   * In a scenario, advance on its own every so many seconds (8 when the attribute has no value),
   * until the last step or a pause.
   */
  @property({ reflect: true }) autoplay: string | null = null;
  /** `lazy`: do no work until the element nears the viewport (a light placeholder until then). */
  @property() loading: 'eager' | 'lazy' = 'eager';
  /** `light` or `dark`; unset follows the reader's system setting. */
  @property({ reflect: true, converter: unlessEmpty }) theme = '';
  /** `none` hides the pickers, for minimal embeds. */
  @property({ reflect: true, converter: unlessEmpty }) controls = '';
  /** `none` hides the explanation panel, for minimal embeds. */
  @property({ reflect: true, converter: unlessEmpty }) panel = '';
  /**
   * `none` keeps the map from announcing each new answer to screen readers, for a page whose own
   * text tells the story as it changes the map (story.html: the prose said it all again).
   */
  @property({ reflect: true, converter: unlessEmpty }) announce = '';
  /**
   * The interface language (`en`, `fr`); unset follows the nearest `lang` around the element,
   * then the page's. Dates follow the full tag (`en-GB`, `fr-CA`) through Intl.
   */
  @property() override lang = '';

  @state() private world: World = builtInWorld();
  /** Loading the built-in sources: idle, under way, or failed (the panel says so). */
  @state() private sourcesState: 'idle' | 'loading' | 'failed' = 'idle';
  /** What is wrong with the attributes (the request, the scenario step). */
  @state() private error: string | null = null;
  /** A look attribute (theme, controls, panel, announce, loading) with a value outside its list. */
  @state() private lookError: string | null = null;
  /** What went wrong with a site's data bundle; stays until a bundle is used or the data reset. */
  @state() private dataError: string | null = null;
  /** The last fetch of `src` failed (not its checks): the message offers to try again. */
  @state() private retryable = false;
  @state() private tableView = false;
  /** The table row the keyboard is on: the table's one tab stop. */
  @state() private tableRow = '';
  @state() private selectedCountry: string | null = null;
  /** The tooltip: its point in the map area, the area's width (it stays inside), its words. */
  @state() private tip: {
    x: number;
    y: number;
    below: boolean;
    room: number;
    text: string;
  } | null = null;
  @state() private activeMarker = '';
  @state() private activeCountry = '';
  @state() private narration = '';
  /** "step 3 of 7." before it in a scenario, in the interface's language. */
  @state() private narrationStep = '';
  /** A short message after copying a link or embed code. */
  @state() private notice = '';
  /** Autoplay is running (it pauses with the button, or when the last step is reached). */
  @state() private playing = false;
  /** Whether the presenter's notes show under the caption (the N key). */
  @state() private showNotes = false;
  /** Opened or closed by the reader; until then it follows the map's size. */
  @state() private legendOpen: boolean | undefined;

  #resolution: Resolution | null = null;
  /** The reader's language, resolved before each render. */
  #locale: Locale = localeFor('en');
  /** Watches the page's lang while the element has none of its own. */
  #langObserver: MutationObserver | undefined;
  #reaches: ReadonlyMap<string, DatacenterReach> = new Map();
  #resolvedIn?: World;
  #waitedForData = false;
  #shapes: CountryShape[] = countryShapes(this.world);
  #places = new Places(this.world, this.#shapes);
  #countryLayer = new CountryLayer();
  #markerLayer = new MarkerLayer(() => this.#reducedMotion.matches);
  #animations: Animation[] = [];
  /** The frame the path's drawing waits for (#animateArcs). */
  #arcsFrame = 0;
  #drawnGeometry: Geometry | null = null;
  #geometry: Geometry | null = null;
  #scene: Scene | null = null;
  #announced: Resolution | null = null;
  #narratedView: ScenarioView | null = null;
  #narrated: Resolution | null = null;
  #narrating: ReturnType<typeof setTimeout> | undefined;
  #view: ScenarioView | null = null;
  #stepAnnounced: ScenarioView | null = null;
  #focusPending = false;
  #started = false;
  #lazyObserver: IntersectionObserver | undefined;
  /**
   * False while a lazy map is far from the viewport. A map that has started stays awake: setting
   * loading="lazy" on a drawn map must not take it away (nothing would bring it back).
   */
  get #awake(): boolean {
    return lower(this.loading) !== 'lazy' || this.#seen || this.#started;
  }
  #seen = false;
  #ready = false;
  #reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
  #resize = new ResizeController(this);
  #playback = new PlaybackController(this);
  #zoom = new ZoomController(this, () => this.#reducedMotion.matches);

  /** The engine's Resolution shown now, or null before the first valid request. */
  get resolution(): Resolution | null {
    return this.#resolution;
  }

  /**
   * Reads each property set to something other than a string (React 19 sets step={3} and
   * autoplay={false} as properties; a script may set providers = ['aws']) as its attribute would
   * be: true as present, false as absent, anything else written out ("3", "aws"). Everything
   * after meets strings only; a number threw in each update and left the map undrawn.
   */
  #asText(): void {
    const self = this as unknown as Record<PropertyKey, unknown>;
    // The properties that mirror an attribute (all but `data`), as Lit declares them.
    for (const [name, options] of JurisdictionMap.elementProperties) {
      if (options.attribute === false || options.state) continue;
      const value = self[name];
      if (value === null || value === undefined || typeof value === 'string') continue;
      let text: string | null;
      try {
        text = value === true ? '' : value === false ? null : String(value);
      } catch {
        // An object with no way to become a string (Object.create(null)): named as such.
        text = Object.prototype.toString.call(value);
      }
      self[name] = text;
    }
  }

  override connectedCallback(): void {
    this.#asText();
    super.connectedCallback();
    // What was drawn while it was away (a site's bundle that arrived then) is announced now.
    if (this.#started && (!this.#ready || this.#resolution !== this.#announced))
      this.requestUpdate();
    this.addEventListener('jm-zoom-internal', this.#onZoom);
    this.addEventListener('keydown', this.#onKey);
    // The page's lang or a container's (the nearest one is read at each update): rare changes,
    // so one observer of the whole document costs nothing between them.
    this.#langObserver = new MutationObserver(() => this.requestUpdate());
    this.#langObserver.observe(document.documentElement, {
      attributeFilter: ['lang'],
      subtree: true,
    });
    if (lower(this.loading) === 'lazy' && !this.#seen) {
      this.#lazyObserver = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.#seen = true;
          this.#lazyObserver?.disconnect();
          this.requestUpdate();
        },
        { rootMargin: '200px' },
      );
      this.#lazyObserver.observe(this);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('jm-zoom-internal', this.#onZoom);
    this.removeEventListener('keydown', this.#onKey);
    this.#lazyObserver?.disconnect();
    this.#langObserver?.disconnect();
  }

  #onZoom = () => {
    this.tip = null;
    // A reader's zoom: at rest the markers glide to their new fan-out.
    this.#markerLayer.zoomed(this.#zoomer.k, !this.#zoomer.moving, true);
    this.#placeLabels();
    // Once the map has come to rest where the keyboard took it (a pan to a country or marker out
    // of sight, or back from a country's details), the focused one shows its tooltip again: the
    // move hid it, and a sighted keyboard user saw only a ring.
    const focused = this.shadowRoot?.activeElement;
    if (this.#zoomer.moving || !focused?.matches(':focus-visible')) return;
    const label = focused.getAttribute('aria-label') ?? '';
    const country = (focused as SVGElement).dataset.jurisdiction;
    if (focused.matches('.outline') && country) this.#showCountryTip(country, focused, label);
    else if (focused.matches('.marker') && !this.#markerLayer.gliding)
      this.#showTip(focused.querySelector('.shape') ?? focused, label);
  };

  /** The scene's path as lines, for placeLabels (read again only when the scene changes). */
  #pathLines: { scene: Scene; lines: number[][] } | undefined;
  // Countries' names clear of each other, of the markers, badges and path, and of the map's
  // edges, in the screen's view or an exported picture's (the United Kingdom's and Ireland's
  // met; Ireland's lay over Europe's markers). On screen each name keeps its spot while no
  // other is better, so a zoom does not make it hop.
  #placeLabels(picture?: View): void {
    const scene = this.#scene;
    const texts = this.renderRoot.querySelectorAll<SVGTextElement>('g.labels text.label');
    if (!scene || !this.#geometry || texts.length !== scene.labels.length) return;
    const { width, height } = this.#geometry.size;
    const scale = Number(markerScale(width).toFixed(2));
    const { k, x, y } = picture ?? this.#zoomer.shown;
    if (this.#pathLines?.scene !== scene)
      this.#pathLines = { scene, lines: scene.arcs.flatMap((a) => polylines(a.d)) };
    const previous = picture
      ? undefined
      : [...texts].map((t) => ({
          dx: Number(t.getAttribute('dx')),
          dy: Number(t.getAttribute('dy')),
          hidden: t.classList.contains('crowded'),
        }));
    placeLabels(scene.labels, k, scale, {
      markers: this.#markerLayer.placed,
      badges: scene.arcs.map((a) => ({ x: a.badgeX, y: a.badgeY, stack: a.stack })),
      lines: this.#pathLines.lines,
      view: { x0: -x, x1: width - x, y0: -y, y1: height - y },
      previous,
    }).forEach(({ dx, dy, hidden }, i) => {
      const text = texts[i]!;
      if (text.getAttribute('dx') !== String(dx)) text.setAttribute('dx', String(dx));
      if (text.getAttribute('dy') !== String(dy)) text.setAttribute('dy', String(dy));
      text.classList.toggle('crowded', hidden);
    });
  }

  /** The language asked for: the element's lang, the nearest one around it, or the page's. */
  #wantedLang(): string {
    return (
      this.lang ||
      this.parentElement?.closest('[lang]')?.getAttribute('lang') ||
      document.documentElement.lang
    );
  }

  // The words of a language that are still loading (strings.ts, wordsFor).
  #words: Promise<void> | undefined;

  /** Whether the words of the tag's language are still loading; the map updates once they are. */
  #awaitWords(tag: string): boolean {
    const words = wordsFor(tag);
    if (!words) return false;
    this.#words ??= words.then(() => {
      this.#words = undefined;
      this.requestUpdate();
    });
    return true;
  }

  // The language whose failed words this map has reported: each map says it once, also one
  // added or switched to French after the failure (only the maps waiting then had said it).
  #wordsReported = '';

  // Awaiting updateComplete awaits a language's words too, and the render that uses them.
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.#words) {
      await this.#words;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override willUpdate(incoming: PropertyValues<this>): void {
    this.#asText();
    // A lazy map does nothing until it nears the viewport; then it treats everything as new.
    if (!this.#awake) return;
    // The first drawing waits for the words of the map's language rather than show English
    // first; the placeholder says the map is loading meanwhile (render()).
    if (!this.#started && this.#awaitWords(this.#wantedLang())) return;
    const fresh = !this.#started;
    this.#started = true;
    const changed = fresh ? { has: () => true } : incoming;
    const wanted = this.#wantedLang();
    // Until a new language's words are in, the map keeps speaking the one it spoke.
    const locale = this.#awaitWords(wanted) ? this.#locale : localeFor(wanted);
    const failure = wordsFailure(wanted);
    if (failure !== undefined && this.#wordsReported !== wanted) {
      this.#wordsReported = wanted;
      this.#report({
        message: `The words for lang="${wanted}" could not be loaded (${String(failure)}); the map speaks English.`,
        source: 'lang',
      });
    }
    const relabel = locale !== this.#locale;
    this.#locale = locale;
    // A message shown in the old language is made again in the new one.
    const reword = (problem: string | null) => relabel && !!problem;
    if (changed.has('src') || changed.has('data') || changed.has('bundleMode')) this.#loadData();
    if (
      LOOKS.some(([name]) => changed.has(name)) ||
      changed.has('autoplay') ||
      changed.has('dataAttribute' as keyof JurisdictionMap) ||
      reword(this.lookError)
    )
      this.#checkLooks();
    if (changed.has('autoplay')) this.playing = this.autoplay !== null;
    // While a site's bundle loads, nothing is answered from the data it replaces; once it is in
    // (or has failed), everything is answered again.
    const waiting = this.#data.pending;
    const settled = this.#waitedForData && !waiting;
    this.#waitedForData = waiting;
    // A World that only adds the built-in data's sources (loadSources) is the same map with the
    // same steps: it is answered again (the answer gains its sources) but neither laid out nor
    // framed again, which would undo a reader's zoom when an export loads the sources.
    const before = incoming.get('world' as keyof JurisdictionMap) as World | undefined;
    const newMap =
      changed.has('world' as keyof JurisdictionMap) &&
      !(before && lacksSources(before) && this.world === builtInWorld());
    // A load that failed left the same World: the step shown is still right, and applying it
    // again framed the map anew (undoing a reader's zoom) and sent a second jm-step.
    const view = this.#view;
    const stepShown =
      view?.scenario === this.scenario && view.step === Number(this.step?.trim() || 1);
    // The sources bring the steps' speaker notes: the caption's step is read again, not applied
    // (the request and the frame are the step's already).
    if (changed.has('world' as keyof JurisdictionMap) && !newMap && view && stepShown) {
      this.#view = scenarioStep(this.world, view.scenario, view.step);
      // Still the step announced: no second jm-step.
      if (this.#stepAnnounced === view) this.#stepAnnounced = this.#view;
    }
    const stepped =
      !waiting &&
      ((settled && (newMap || !stepShown)) ||
        changed.has('scenario') ||
        changed.has('step') ||
        newMap ||
        reword(this.#stepProblem)) &&
      this.#applyScenarioStep();
    // A new step is a new scene: a country's details left open from the last one would sit above
    // an answer they are not about. The step frames the map itself (no zoom back), and a link that
    // sets the step and the country together keeps the country. The keyboard, if it was in the
    // details, goes back to the map (in an embed, a clicker's next key found no focus).
    if (
      stepped &&
      (incoming.get('step') !== undefined || incoming.get('scenario') !== undefined) &&
      !changed.has('country')
    ) {
      this.#viewBeforeCountry = undefined;
      this.#closeCountry(!!this.shadowRoot?.activeElement?.closest('.country-details'));
    }
    const requestChanged =
      !waiting &&
      (stepped ||
        settled ||
        reword(this.#requestProblem) ||
        ['requestType', 'requester', 'datacenter', 'asOf', 'world'].some((k) =>
          changed.has(k as keyof JurisdictionMap),
        ));
    if (requestChanged) this.#resolveRequest();
    // The country's details as written: applied in updated(), where the map can zoom to it.
    if (
      changed.has('country') &&
      ((this.country ?? '') !== (this.selectedCountry ?? '') || this.#countryProblem)
    )
      this.#countryPending = true;
    // The first drawn update (for a lazy map, the first after its placeholder) guesses the size.
    if (fresh) this.#estimateStageSize();
    if (
      !waiting &&
      (requestChanged ||
        reword(this.#compareProblem) ||
        changed.has('compareDatacenter') ||
        changed.has('compareRequestType') ||
        changed.has('compareRequester'))
    ) {
      this.#resolveComparison();
    }
    // (Not while a site's bundle loads: the providers it adds are not known yet.)
    const filterChanged =
      !waiting &&
      (settled ||
        reword(this.#providersProblem) ||
        ['providers', 'datacenter', 'compareDatacenter', 'world'].some((k) =>
          changed.has(k as keyof JurisdictionMap),
        )) &&
      this.#filterDatacenters();
    if (filterChanged) this.#refocusMarker ||= !!this.shadowRoot?.activeElement?.closest('.marker');
    const { width, height } = this.#resize;
    // The first map waits for a site's bundle rather than drawing the built-in one first.
    if (width > 0 && height > 0 && !(waiting && !this.#scene)) {
      const g = this.#geometry;
      if (!g || g.size.width !== width || g.size.height !== height || newMap || filterChanged) {
        // A new size (fullscreen, a rotated phone, a resized window) frames the step again: the
        // old view's pixels cut the focus off or left it under the caption.
        if (g && this.#view && !this.#offScript) this.#focusPending = true;
        this.#geometry = makeGeometry(
          this.#shown,
          this.#shapes,
          { width, height },
          makeProjection({ width, height }),
          this.#places,
        );
      }
      // The last scene lends its unchanged markers when only the answer changed.
      const same =
        this.#scene &&
        this.#sceneOf.geometry === this.#geometry &&
        this.#sceneOf.locale === this.#locale;
      this.#scene = buildScene(
        this.world,
        this.#geometry!,
        this.#resolution,
        this.#reaches,
        this.#locale,
        same ? this.#scene! : undefined,
      );
      this.#sceneOf = { geometry: this.#geometry!, locale: this.#locale };
      // A new answer puts the countries' one tab stop on one of its countries, unless it is on
      // one already; within an answer it stays where the keyboard took it, on any country. (Set
      // here, before render: state set during render or in updated() would cost a second render.)
      if (this.#resolution !== this.#tabStopAnswer) {
        this.#tabStopAnswer = this.#resolution;
        const involved = this.#scene.countries.filter((c) => c.roles.length && c.jurisdiction);
        // Not while the keyboard is on it: its outline would go, and the focus to the page.
        const focused = this.shadowRoot?.activeElement?.matches('.outline') ?? false;
        if (!focused && !involved.some((c) => c.jurisdiction === this.activeCountry)) {
          this.activeCountry = involved[0]?.jurisdiction ?? '';
        }
      }
    }
    // The year player changes the answer ten times a second: a screen reader hears where it stops,
    // not every month on the way.
    if (
      this.#resolution &&
      !this.#playback.datesPlaying &&
      (this.#resolution !== this.#narrated || this.#view !== this.#narratedView || relabel)
    ) {
      const before = this.#narrated;
      this.#narrated = this.#resolution;
      // A step with its predecessor's request keeps that answer, but has a caption of its own.
      const sameView = this.#view === this.#narratedView;
      this.#narratedView = this.#view;
      const onStep = this.#view && !this.#offScript ? this.#view : null;
      const caption = onStep ? `${onStep.caption} ` : '';
      const text = caption + narrate(this.world, this.#resolution);
      // Which step, in the reader's words: it was never said (the keyboard review).
      const step = onStep ? `${this.#stepOf(onStep)}.` : '';
      // A new date alone (the slider's arrows, a day each) is said once it has stayed 0.7 s: the
      // slider speaks its own date at once, and forty presses read forty answers.
      const request = this.#resolution.request;
      const dateOnly =
        sameView &&
        before &&
        before.request.asOf !== request.asOf &&
        sameRequest({ ...before.request, asOf: request.asOf }, request);
      clearTimeout(this.#narrating);
      const say = () => {
        this.narration = text;
        this.narrationStep = step;
      };
      if (dateOnly) this.#narrating = setTimeout(say, 700);
      else say();
    }
  }

  // ——— Presenting ———

  /** The scenario step shown now, or null outside a scenario. */
  get scenarioView(): ScenarioView | null {
    return this.#view;
  }

  /** Goes to the next step of the scenario (no-op at the last). */
  next(): void {
    // With no step shown (a link's step=0, abc or 99, which the map says is wrong), to the first:
    // a presenter's clicker did nothing there, and few clickers have Home.
    // Also from a step of the scenario named before (4 of 7, and a scenario of 3 named since).
    const view = this.#view;
    const step = view?.scenario === this.scenario ? view.step : 0;
    // No scenario named (no count): a comparison with undefined is false.
    if (step < this.#stepCount!) this.goToStep(step + 1);
  }

  /** Goes to the previous step of the scenario (no-op at the first). */
  previous(): void {
    // From a step past the end of a scenario just named (7 of 3), or with no step shown, to the
    // last.
    // No scenario named: no count, NaN, which goToStep() refuses.
    const steps = this.#stepCount!;
    const step = this.#view?.step ?? steps + 1;
    if (step > 1) this.goToStep(Math.min(step - 1, steps));
  }

  /** Goes to step `n` (1-based) of the scenario. */
  goToStep(n: number): void {
    // A step the scenario does not have is no step to go to: the call changes nothing, rather
    // than writing an attribute the page never set, and its error. The scenario is the one
    // shown, or one the page has just named (scenario = 'x'; goToStep(2)). While the scenario
    // named is unknown, the last good step stays shown and no step is written: a key pressed
    // then would change the step unseen (seen only once the scenario is put right). Only while
    // a site's bundle loads, with no step shown yet, may it name a scenario not known yet.
    const steps = this.#stepCount;
    const waiting = !this.#view && this.#data.pending;
    if (!waiting && !(steps && Number.isInteger(n) && n >= 1 && n <= steps)) return;
    this.step = String(n);
  }

  /** How many steps the scenario named has: the one shown, or one the page has just named. */
  get #stepCount(): number | undefined {
    const view = this.#view;
    return view?.scenario === this.scenario
      ? view.steps
      : this.world.scenarios.get(this.scenario)?.steps.length;
  }

  // What is wrong now, by where it comes from: each is set again when its attributes change,
  // and the message in the element is all of them (a fixed or removed attribute takes its
  // problem away; one problem does not hide another).
  #stepProblem: string | null = null;
  #requestProblem: string | null = null;
  #compareProblem: string | null = null;
  /** A `country` that names no jurisdiction (the details shown, if any, stay). */
  #countryProblem: string | null = null;
  /** A `country` set from outside, applied once the map is drawn (it zooms to it). */
  #countryPending = false;

  #showProblems(): void {
    const now = [
      this.#stepProblem,
      this.#requestProblem,
      this.#compareProblem,
      this.#countryProblem,
      this.#providersProblem,
    ].filter(Boolean);
    this.error = now.join(' ') || null;
  }

  // Sets the request from the scenario's step. A bad scenario or step keeps the last good map,
  // and its message stays while that request is answered.
  #applyScenarioStep(): boolean {
    const before = this.#stepProblem;
    this.#stepProblem = null;
    this.#showProblems();
    if (!this.scenario) {
      this.#view = null;
      // A step alone (step="3", or ?step=3 without a scenario) would be ignored without a word;
      // said once, not again at each new World.
      if (this.step?.trim()) {
        this.#stepProblem = this.#locale.t.badAttribute('step', this.#locale.t.stepWithoutScenario);
        this.#showProblems();
        if (this.#stepProblem !== before)
          this.#report({ message: this.#stepProblem, source: 'step' });
      }
      return false;
    }
    try {
      // The step as written: "abc" was reported as "step null" (NaN through JSON), "1e1" as 10.
      const written = (this.step ?? '').trim();
      // (A scenario that does not exist is said first, as the engine does.)
      if (written && !/^[+-]?\d+(\.\d+)?$/.test(written) && this.world.scenarios.has(this.scenario))
        throw new RequestError('step', written, `step ${JSON.stringify(written)} is not a number`);
      const view = scenarioStep(this.world, this.scenario, written ? Number(written) : 1);
      this.#view = view;
      this.requestType = view.request.requestType;
      this.requester = view.request.requester;
      this.datacenter = view.request.datacenter;
      this.asOf = view.request.asOf;
      this.#focusPending = true;
      return true;
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      // A step of a scenario the data no longer has (a site's bundle removed) is no last good
      // step: its caption stayed over a map without its data.
      if (this.#view && !this.world.scenarios.has(this.#view.scenario)) this.#view = null;
      this.#stepProblem = this.#locale.t.badAttribute(error.field, error.message);
      this.#showProblems();
      this.#report({ message: this.#stepProblem, source: error.field });
      return false;
    }
  }

  // The next step is due `autoplay` seconds after the current one appeared; at the last, autoplay
  // ends. A reader's own request or a country's details hold it for 30 s (or the pace, if
  // longer) from their last change: on an unattended screen the next step took the map back
  // from a visitor in under a second (the presenter review).
  #scheduleAutoplay(): void {
    const view = this.#view;
    if (this.playing && view && view.step >= view.steps) this.playing = false;
    const seconds = paceOf(this.autoplay) ?? 8;
    const reader = this.#offScript ? this.#resolution : this.selectedCountry;
    this.#playback.stepAfter(
      this.playing && view ? reader || view : null,
      reader ? Math.max(seconds, 30) : seconds,
      () => this.next(),
    );
  }

  /**
   * Plays the as-of date forward a month every tenth of a second (a year in 1.2 s) until today,
   * so the map morphs as instruments come into force; again pauses. From today it starts in 2001.
   */
  playDates(): void {
    if (this.#playback.datesPlaying) return this.#playback.stopDates();
    const end = dayNumber(today());
    const from = dayNumber(this.#resolution?.request.asOf ?? today());
    this.#playback.playDates(from >= end ? dayNumber(SLIDER_START) : from, end, (day) => {
      this.asOf = dateOfDay(day);
    });
  }

  /**
   * The current view as an image Blob: the map with a footer carrying the caption (or summary),
   * the as-of date, a legend and the sources.
   */
  async exportImage(format: 'svg' | 'png' = 'png'): Promise<Blob> {
    // A script's 'gif' went the PNG way and failed with the PNG's own message.
    // In any case, as the element's other enumerated values ('PNG').
    const kind = lower(format);
    if (kind !== 'svg' && kind !== 'png')
      throw new TypeError(`no image format "${format}": "svg" or "png"`);
    await this.loadSources();
    await this.updateComplete;
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const r = this.#resolution;
    if (!map || !r) throw new Error('nothing is drawn yet');
    const { t, date, count } = this.#locale;
    const more = r.sources.length > 6 ? t.andMore(count(r.sources.length - 6)) : '';
    const text = {
      title: this.#view
        ? `${this.#view.title} (${this.#stepOf(this.#view)})`
        : `${t.reach[r.reach]}`,
      caption: this.#view?.caption ?? r.summary,
      asOf: t.asOf(date(r.request.asOf)),
      legend: t,
      sources: t.exportSources(
        r.sources
          .slice(0, 6)
          .map((s) => s.citation)
          .join('; '),
        more,
        date(this.world.checked),
      ),
    };
    const { exportSvg, svgToPng } = await import('./on-demand.js');
    // Markers gliding after a zoom are copied where they come to rest.
    this.#markerLayer.settle();
    // A step's focus is framed for the picture, where no caption lies over the map (on screen
    // the view sits lower, under the caption).
    const g = this.#geometry;
    const box = g && this.#view && !this.#offScript ? focusBox(this.#view.focus, g) : null;
    // Held to the world: no blank beyond its edge where the world is larger than the picture.
    const framed =
      box && g ? fitBox(box, g.size.width, g.size.height, undefined, worldBox(g.size)) : undefined;
    // The leader lines (and a large bundle's markers) are drawn for one zoom, and the names
    // placed for it: the picture's while it is copied, then the screen's again, before anything
    // is painted.
    if (framed) {
      this.#markerLayer.zoomed(framed.k);
      this.#placeLabels(framed);
    }
    let svgText: string;
    try {
      svgText = exportSvg(map, styles.cssText, text, framed);
    } finally {
      if (framed) {
        this.#markerLayer.zoomed(this.#zoomer.k);
        this.#placeLabels();
      }
    }
    return kind === 'svg' ? new Blob([svgText], { type: 'image/svg+xml' }) : svgToPng(svgText);
  }

  /** A link to this page showing the current view (the demo page reads these parameters). */
  shareLink(base: string = location.href): string {
    // A relative base is read against the page; one that is no URL at all gives the page's.
    let url: string;
    try {
      url = new URL(base, location.href).href;
    } catch {
      url = location.href;
    }
    return viewLink(this.viewAttribute, url);
  }

  /** The HTML that embeds the current view in another page. */
  embedCode(): string {
    return viewEmbedCode(this.viewAttribute, (name) => this.getAttribute(name));
  }

  /**
   * One attribute of the view shown now, as a link or embed should carry it, else null: the
   * request, a comparison, and in a scenario its step, unless a reader has since changed the
   * request (a link to the step would show the step's request, not theirs).
   */
  viewAttribute: ViewAttribute = (name) => {
    if (this.#offScript && (name === 'scenario' || name === 'step')) return null;
    // A step belongs to a scenario (goToStep() without one set step="-5" for any link).
    if (name === 'step' && !this.#view) return null;
    // While an attribute is refused, the link shows what the map shows: the last good view.
    const shown = this.#resolution?.request;
    if (this.#requestProblem && shown) {
      const field = SHOWN_FIELD[name];
      if (field) return shown[field] ?? null;
    }
    if (this.#stepProblem && (name === 'scenario' || name === 'step')) {
      const view = this.#view;
      return view ? (name === 'scenario' ? view.scenario : String(view.step)) : null;
    }
    if (this.#countryProblem && name === 'country') return this.selectedCountry;
    if (this.#compareProblem && name.startsWith('compare-')) {
      const compared = this.#comparison?.request;
      const field = SHOWN_FIELD[name.slice('compare-'.length)];
      if (!compared || !shown || !field) return null;
      return compared[field] === shown[field] ? null : (compared[field] ?? null);
    }
    return this.getAttribute(name);
  };

  /** Whether a reader has changed the request away from the scenario step's. */
  get #offScript(): boolean {
    const view = this.#view;
    const shown = this.#resolution?.request;
    return view !== null && shown !== undefined && !sameRequest(view.request, shown);
  }

  /** Shows the scenario step's own request again, after a reader changed it. */
  backToStep(): void {
    const view = this.#view;
    if (!view) return;
    this.requestType = view.request.requestType;
    this.requester = view.request.requester;
    this.datacenter = view.request.datacenter;
    this.asOf = view.request.asOf;
    this.#focusPending = true;
  }

  async #copy(text: string, what: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.notice = this.#locale.t.copied(what);
    } catch {
      // No clipboard (an insecure page or a refused permission): show the text to copy by hand.
      this.notice = `${what}${this.#locale.t.colon}${text}`;
    }
  }

  /** Downloads the current view as a file. */
  async download(format: 'svg' | 'png' | 'csv' = 'png'): Promise<void> {
    try {
      const blob = format === 'csv' ? await this.exportTable() : await this.exportImage(format);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = `jurisdiction-map-${this.#resolution?.request.asOf ?? 'view'}.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (error) {
      this.#fail({ message: this.#locale.t.imageFailed((error as Error).message) });
    }
  }

  /**
   * The reach of the current request to every data center, one row each (the table view's), as
   * a CSV file for a spreadsheet or a chart of one's own; README lists its columns.
   */
  async exportTable(): Promise<Blob> {
    const r = this.#resolution;
    if (!r) throw new Error('nothing is drawn yet');
    const { reachCsv } = await import('./on-demand.js');
    return new Blob([reachCsv(this.#shown, this.#reaches, this.#locale, r.request)], {
      type: 'text/csv;charset=utf-8',
    });
  }

  /** Starts or pauses autoplay. */
  togglePlay(): void {
    this.playing = !this.playing;
    if (this.playing && this.#view && this.#view.step >= this.#view.steps) this.goToStep(1);
  }

  // Closes a country's details: the zoom goes back, and the focus to the country's outline (or
  // the map) rather than to the page.
  #closeCountry(moveFocus = true): void {
    const id = this.selectedCountry;
    if (!id) return;
    this.selectedCountry = null;
    this.country = '';
    if (this.#viewBeforeCountry) this.#zoomer.restore(this.#viewBeforeCountry);
    else if (this.#view) {
      this.#focusPending = true;
      this.requestUpdate();
    }
    this.#viewBeforeCountry = undefined;
    if (!moveFocus) return;
    void this.updateComplete.then(() =>
      (
        this.renderRoot.querySelector<SVGElement>(`.outline[data-jurisdiction="${id}"]`) ??
        this.renderRoot.querySelector<HTMLElement>('.stage')
      )?.focus({ preventScroll: true }),
    );
  }

  /**
   * After a button that takes itself away (Back to step, the message's Retry and ×), the focus
   * goes to the map: left on the removed button it fell to the page's body, where the next key
   * (a clicker's too) reaches nothing.
   */
  #focusMap(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.stage')?.focus({ preventScroll: true }),
    );
  }

  #onKey = (event: KeyboardEvent) => {
    // Escape dismisses a tooltip, then a country's details being read, from them or from the
    // map (a click on a country leaves the focus on the map, where Escape did nothing), then a
    // message.
    if (event.key === 'Escape') {
      const onMapOrDetails = event
        .composedPath()
        .some((n) => n instanceof Element && n.matches('.country-details,.stage'));
      if (this.tip) this.tip = null;
      else if (onMapOrDetails && this.selectedCountry) this.#closeCountry();
      // Then a message over the map: its × came only after the map's own stops (the keyboard
      // review).
      else if (onMapOrDetails && (this.error || this.dataError || this.lookError))
        this.#dismissMessage();
      else return;
      event.preventDefault();
      return;
    }
    // Presenter keys, in a scenario (presenting.ts says which key does what). A key a part of
    // the map has already used (the table's rows take Page Up/Down, Home and End) is not also
    // a step: End on the table's rows went to the last row and to the scenario's last step.
    // Also with no step shown, while the scenario named is known (its step is out of range):
    // Home, End, next and previous lead back into it. Not while a site's bundle loads, with its
    // step still to show: a key then replaced the link's step 3 with 1 or 7 (a diff review).
    const steps = this.#stepCount;
    if (!(this.#view || (steps && !this.#data.pending)) || event.defaultPrevented) return;
    const action = presenterAction(event, event.composedPath()[0]);
    if (action === 'next') this.next();
    else if (action === 'previous') this.previous();
    else if (action === 'first') this.goToStep(1);
    else if (action === 'last') this.goToStep(steps ?? this.#view!.steps);
    else if (action === 'notes') this.#toggleNotes();
    else if (action === 'fullscreen') void this.#toggleFullscreen();
    else return;
    event.preventDefault();
  };

  async #toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement === this) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Refused without a user gesture, or in an iframe not allowed it: F did nothing without a
      // word, in the README's own iframe on another origin (the presenter review).
      this.#fail({ message: this.#locale.t.noFullscreen });
    }
  }

  // Fits the step's focus: its countries (or box) fill most of the map.
  #applyFocus(): void {
    const g = this.#geometry;
    if (!g) return;
    this.#focusPending = false;
    const box = focusBox(this.#view?.focus, g);
    if (!box) return;
    this.#zoomer.zoomToBox(box, g.size.width, g.size.height, this.#covered(g));
  }

  // What lies over the map, for a zoom to fit the part between. On a wide map a scenario's
  // caption covers its top (Dublin and the path's marks were under it at 1280×720); an open
  // legend covers its bottom (Australia's south coast and Tasmania were under it at 1440×900).
  // The caption counts for at most half the map's height, the legend for 60 % (on a phone it
  // covers half of it, 157 of 292 px). A closed legend is one line in a corner: left out.
  #covered(g: Geometry): Covered {
    const area = this.renderRoot.querySelector('.map-area')?.getBoundingClientRect();
    if (!area) return { top: 0, bottom: 0 };
    const { height } = g.size;
    const caption = this.renderRoot.querySelector('.caption')?.getBoundingClientRect();
    const legend = this.renderRoot.querySelector('.legend[open]')?.getBoundingClientRect();
    return {
      top: caption ? Math.max(0, Math.min(caption.bottom - area.top, height / 2)) : 0,
      bottom: legend ? Math.max(0, Math.min(area.bottom - legend.top, height * 0.6)) : 0,
    };
  }

  // The notes make the caption taller (the focus is fitted again below it).
  #toggleNotes(): void {
    this.showNotes = !this.showNotes;
    // The built-in notes come with the sources (scripts/data-split.js); turning the notes off and
    // on again tries once more after a failed load.
    if (this.showNotes) void this.loadSources().catch(() => {});
    // Not while a country's details are open: the map is zoomed to that country, not the step.
    // The view saved for their closing was fitted to the old caption: the step is fitted again.
    if (!this.selectedCountry) this.#focusPending = true;
    else this.#viewBeforeCountry = undefined;
  }

  // Before the first render, take the map's size from the host's where the layout fixes it, so
  // the first render already draws the map (one layout instead of two). The shadow root is still
  // empty, so measuring the host is cheap; the ResizeObserver corrects anything else.
  #estimateStageSize(): void {
    const host = this.getBoundingClientRect();
    if (!host.width || !host.height) return;
    // The container query's breakpoint (styles.ts): at most 45em (720 px in a 16 px font), one
    // column. In em, so that a reader's larger text stacks the map and its panel rather than
    // push the panel out of the window (at 200 % text the frame was 1,849 px wide in 1,280).
    const narrow = host.width <= 45 * parseFloat(getComputedStyle(this).fontSize);
    // Wide with the pickers above the map: their height follows the page's font, and below
    // 980 px they wrap. A guess there was a few pixels off, and the map was computed and drawn
    // twice; instead the first render lays out the frame without the map, and updated()
    // measures it and draws the map once, still before the first paint.
    if (!narrow && lower(this.controls) !== 'none') return;
    // Narrow: the map's row is clamp(220px, 75cqw, 520px). Wide: the panel's column is
    // minmax(260px, 34%), the map has the rest and the host's height.
    const width =
      narrow || lower(this.panel) === 'none'
        ? host.width
        : host.width - Math.max(260, host.width * 0.34);
    const height = narrow ? Math.min(520, Math.max(220, host.width * 0.75)) : host.height;
    if (width > 0 && height > 0) this.#resize.assume(Math.round(width), Math.round(height));
  }

  // The comparison: the shown request with the compare-* attributes applied.
  #comparison: Resolution | null = null;
  #resolveComparison(): void {
    const base = this.#resolution?.request;
    this.#compareProblem = null;
    if (!base || !(this.compareDatacenter || this.compareRequestType || this.compareRequester)) {
      this.#comparison = null;
      this.#showProblems();
      return;
    }
    const request: Request = {
      ...base,
      requestType: this.compareRequestType || base.requestType,
      requester: this.compareRequester || base.requester,
      datacenter: this.compareDatacenter || base.datacenter,
    };
    try {
      this.#comparison = resolve(this.world, request);
      this.#showProblems();
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      // The last good comparison stays, as the last good map does; every wrong compare-*
      // attribute is named at once, by its own name.
      const detail = this.#problemsOf(request, error, 'compare-');
      this.#compareProblem = detail.message;
      this.#showProblems();
      this.#report(detail);
    }
  }

  /** The comparison shown next to the answer, or null. */
  get comparison(): Resolution | null {
    return this.#comparison;
  }

  /** Shows the compared request on the map, and the current one as the comparison. */
  swapComparison(): void {
    const a = this.#resolution?.request;
    const b = this.#comparison?.request;
    if (!a || !b) return;
    this.requestType = b.requestType;
    this.requester = b.requester;
    this.datacenter = b.datacenter;
    this.compareRequestType = a.requestType === b.requestType ? '' : a.requestType;
    this.compareRequester = a.requester === b.requester ? '' : a.requester;
    this.compareDatacenter = a.datacenter === b.datacenter ? '' : a.datacenter;
  }

  // Resolves the attributes; a bad value keeps the last good map and says what is wrong.
  #reachesFor: { world?: World; key: string } = { key: '' };
  #resolveRequest(): void {
    const request: Request = {
      requestType: this.requestType,
      requester: this.requester,
      datacenter: this.datacenter,
      ...(this.asOf ? { asOf: this.asOf } : {}),
    };
    try {
      const resolution = resolve(this.world, request);
      // The whole-map reach does not depend on the data center: choosing another one (a click
      // on a marker) keeps it, which at 5,000 data centers saves most of the work.
      const { requestType, requester, asOf } = resolution.request;
      const key = `${requestType}|${requester}|${asOf}`;
      if (this.#reachesFor.world !== this.world || this.#reachesFor.key !== key) {
        this.#reaches = reachAll(this.world, request);
        this.#reachesFor = { world: this.world, key };
      }
      // The same request in the same data is the same answer (the engine is pure): the shown one
      // stays, and no jm-change says it changed (a failed bundle answered it again).
      const same =
        this.#resolution !== null &&
        this.#resolvedIn === this.world &&
        sameRequest(this.#resolution.request, resolution.request);
      if (!same) this.#resolution = resolution;
      this.#resolvedIn = this.world;
      this.#requestProblem = null;
      this.#showProblems();
      this.activeMarker ||= resolution.request.datacenter;
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      // An answer from data the map has left names records the new data may not have: the map
      // shows the new data without an answer rather than the old answer over it.
      if (this.#resolvedIn !== this.world) {
        this.#resolution = null;
        this.#reaches = new Map();
        this.#reachesFor = { key: '' };
      }
      const detail = this.#problemsOf(request, error, '');
      this.#requestProblem = detail.message;
      this.#showProblems();
      this.#report(detail);
    }
  }

  // Every wrong attribute of a request at once, not one per correction, named as written
  // (`prefix` for the compare-* ones), for one jm-error.
  #problemsOf(request: Request, error: RequestError, prefix: string): JmErrorDetail {
    const all = requestProblems(this.world, request);
    const wrong = (all.length ? all : [error]).map((e) => ({
      path: prefix + ATTRIBUTE_OF[e.field],
      message: e.message,
    }));
    return {
      message: wrong.map((w) => this.#locale.t.badAttribute(w.path, w.message)).join(' '),
      source: wrong[0]!.path,
      ...(wrong.length > 1 ? { problems: wrong } : {}),
    };
  }

  // A mistyped look (theme="blue") falls back to the default, as HTML's own attributes do, and
  // says so, in the element and in one jm-error.
  #checkLooks(): void {
    const wrong = LOOKS.filter(
      ([name, allowed]) => !(allowed as readonly string[]).includes(lower(this[name])),
    ).map(([name, allowed]) => ({
      path: name === 'bundleMode' ? 'bundle-mode' : name,
      message: this.#locale.t.unknownValue(this[name] ?? '', allowed.filter(Boolean)),
    }));
    // autoplay="-3", "0.01" or "abc" steps every 8 seconds, as an empty one does, and says so.
    const seconds = this.autoplay?.trim();
    if (seconds && paceOf(seconds) === undefined)
      wrong.push({ path: 'autoplay', message: this.#locale.t.notSeconds(seconds) });
    // data="bundle.json" in markup was ignored without a word: data is a property only.
    if (this.dataAttribute !== null)
      wrong.push({ path: 'data', message: this.#locale.t.dataAttribute });
    const message = wrong.map((w) => this.#locale.t.badAttribute(w.path, w.message)).join(' ');
    if ((message || null) === this.lookError) return;
    this.lookError = message || null;
    if (!message) return;
    this.dispatchEvent(
      jmEvent('jm-error', {
        message,
        source: wrong[0]!.path,
        ...(wrong.length > 1 ? { problems: wrong } : {}),
      }),
    );
  }

  // A problem of the moment (an image that could not be made, words that fit no data center):
  // shown until the next change, and sent.
  #fail(detail: JmErrorDetail): void {
    this.error = detail.message;
    this.#report(detail);
  }

  #report(detail: JmErrorDetail): void {
    this.dispatchEvent(jmEvent('jm-error', detail));
  }

  // Which data to show, loaded and checked by the DataController; a bad bundle keeps the last
  // good map. Its message stays beside any about the attributes until a bundle is used, or the
  // data is reset to the built-in set.
  #data = new DataController({
    useWorld: (world) => {
      this.dataError = null;
      this.retryable = false;
      this.#useWorld(world);
    },
    fail: (detail, retryable) => {
      // The element shows the first problems; 21,000 of them made an alert of 745 kB.
      const lines = detail.message.split('\n');
      const { t, count } = this.#locale;
      this.dataError =
        lines.length > SHOWN_PROBLEMS + 1
          ? [
              ...lines.slice(0, SHOWN_PROBLEMS + 1),
              t.moreProblems(count(lines.length - SHOWN_PROBLEMS - 1)),
            ].join('\n')
          : detail.message;
      this.retryable = retryable;
      // The request is answered again, from the data the map keeps (even if the message is the
      // same as before).
      this.requestUpdate();
      this.dispatchEvent(jmEvent('jm-error', detail));
    },
    strings: () => this.#locale.t,
  });

  get #dataSource(): DataSource {
    return {
      data: this.data,
      src: this.src,
      mode: lower(this.bundleMode) === 'replace' ? 'replace' : 'merge',
    };
  }

  #loadData(): void {
    if (this.#data.load(this.#dataSource)) this.retryable = false;
  }

  /** Fetches `src` again, after a failed load (the message's Retry button does this). */
  reload(): void {
    this.dataError = null;
    this.retryable = false;
    this.#data.reload(this.#dataSource);
  }

  /**
   * Loads the built-in data's sources (the element starts without them, to draw sooner); the
   * panel's Sources list, an exported image and a site's merged bundle call this themselves.
   */
  async loadSources(): Promise<void> {
    if (!lacksSources(this.world)) return;
    this.sourcesState = 'loading';
    try {
      const world = await completeWorld();
      this.sourcesState = 'idle';
      // Its jurisdictions and data centers are the same records: the shapes and places stay.
      if (lacksSources(this.world)) this.world = world;
      await this.updateComplete;
    } catch (error) {
      this.sourcesState = 'failed';
      throw error;
    }
  }

  /** The World as drawn and listed: this.world with only the data centers `providers` keeps. */
  #shown: World = this.world;
  #shownFor = '';
  /** The providers `providers` names that the data has. */
  #shownProviders: string[] = [];
  #providersProblem: string | null = null;
  /** A filter change made the markers anew while one had the focus (updated() gives it back). */
  #refocusMarker = false;

  /** "data centers of Microsoft only", or nothing without a filter. */
  #filterNote(): string {
    const names = this.#shownProviders.map((id) => this.world.providers.get(id)?.name ?? id);
    return names.length ? this.#locale.t.onlyOf(names) : '';
  }

  /** Narrows the data centers to `providers`; says whether the map's markers changed. */
  #filterDatacenters(): boolean {
    const ids = (this.providers ?? '').split(/[\s,]+/).filter(Boolean);
    const unknown = ids.filter((id) => !this.world.providers.has(id));
    // None known: the message says so, and the map keeps the providers it showed.
    const known =
      ids.length && unknown.length === ids.length
        ? this.#shownProviders.filter((id) => this.world.providers.has(id))
        : [...new Set(ids.filter((id) => this.world.providers.has(id)))];
    this.#shownProviders = known;
    const was = this.#providersProblem;
    // Ids match exactly (as HTML's do), but the message points at the ones meant: "AZURE".
    const meant = unknown
      .map((id) => sameIdInOtherCase(this.world.providers.keys(), id))
      .filter((id) => id !== undefined);
    this.#providersProblem = unknown.length
      ? this.#locale.t.badAttribute('providers', this.#locale.t.noId('provider', unknown, meant))
      : null;
    if (this.#providersProblem && this.#providersProblem !== was)
      this.#report({ message: this.#providersProblem, source: 'providers' });
    if (this.#providersProblem !== was) this.#showProblems();
    const named = [this.datacenter, this.compareDatacenter];
    const shows = (d: Datacenter) => known.includes(d.provider) || named.includes(d.id);
    // What decides the markers: the providers, and a named data center outside them.
    const outside = named.filter((id) => {
      const d = this.world.datacenters.get(id);
      return d && !known.includes(d.provider);
    });
    const key = known.length ? `${known}|${outside}` : '';
    this.#shown = key ? someDatacenters(this.world, shows) : this.world;
    // The keyboard's marker, if it is no longer drawn, becomes the request's (always drawn).
    if (!this.#shown.datacenters.has(this.activeMarker)) this.activeMarker = this.datacenter;
    const changed = key !== this.#shownFor;
    this.#shownFor = key;
    return changed;
  }

  #useWorld(world: World): void {
    if (world === this.world) return;
    this.#shapes = countryShapes(world);
    this.#places = new Places(world, this.#shapes);
    this.world = world;
  }

  protected override updated(): void {
    const countries = this.renderRoot.querySelector<SVGGElement>('g.countries');
    const markers = this.renderRoot.querySelector<SVGGElement>('g.markers');
    if (countries && markers && this.#scene && this.#geometry) {
      this.#countryLayer.draw(countries, this.#geometry.shapes);
      this.#countryLayer.paint(this.#scene.countries);
      this.#markerLayer.draw(
        markers,
        this.#scene.markers,
        this.#markerLayer.positions !== undefined && this.#drawnGeometry === this.#geometry,
        Number(markerScale(this.#geometry.size.width).toFixed(2)),
      );
      this.#drawnGeometry = this.#geometry;
      this.#markerLayer.zoomed(this.#zoomer.k, !this.#zoomer.moving);
      this.#markerLayer.paint(this.#scene.markers, this.activeMarker);
      if (this.#refocusMarker) {
        this.#refocusMarker = false;
        markers.querySelector<SVGGElement>(`.marker[data-id="${this.activeMarker}"]`)?.focus();
      }
      this.#placeLabels();
    }
    const stage = this.renderRoot.querySelector<HTMLElement>('.map-area');
    // A guessed size that proves wrong re-renders at once, before the first paint; the map is
    // only "ready" once it is drawn at its real size.
    const resized = stage ? this.#resize.observe(stage) : false;
    // Zoom is wired after the first paint (it is not needed to draw), and at once when used.
    if (this.#ready) this.#attachZoom();
    if (this.#countryPending && this.#geometry) this.#applyCountry();
    if (!this.#scene || resized) return;
    // Announced to a page that can hear it: a detached element's events reach no listener on
    // the document or an ancestor (a framework moving it), and it announces once attached.
    if (!this.isConnected) return;
    if (this.#resolution && this.#resolution !== this.#announced) {
      const first = this.#announced === null;
      // The path draws again only for a new request, not when the same answer gains its sources
      // or its words change language.
      const again = !first && sameRequest(this.#announced!.request, this.#resolution.request);
      this.#announced = this.#resolution;
      if ((!first || this.#ready) && !again) this.#animateArcs();
      this.dispatchEvent(
        jmEvent('jm-change', { request: this.#resolution.request, resolution: this.#resolution }),
      );
    }
    if (this.#view && this.#view !== this.#stepAnnounced) {
      this.#stepAnnounced = this.#view;
      const { scenario, step, steps } = this.#view;
      this.dispatchEvent(jmEvent('jm-step', { scenario, step, steps }));
    }
    if (this.#focusPending) this.#applyFocus();
    this.#scheduleAutoplay();
    if (!this.#ready) {
      this.#ready = true;
      this.dispatchEvent(jmEvent('jm-ready', {}));
      requestAnimationFrame(() => setTimeout(() => this.#attachZoom()));
    }
  }

  // Arcs draw one after another in about a second; reduced motion shows them at once. The
  // drawing starts two frames after the change: the change's own task and its first frame hold
  // the new map, and starting the animations in them as well made one or both long on a slow
  // phone. Until then the path is hidden, as the animations' first frame shows it: by its fill
  // and stroke opacity, which only repaint it (its visibility attribute made frames longer).
  #animateArcs(): void {
    const arcs = [
      ...this.renderRoot.querySelectorAll<SVGElement>('.arcs .arc, .arcs .pulse, .arcs .step-mark'),
    ];
    // Cancel our own earlier animations (asking the elements with getAnimations() would force a
    // style recalculation in the middle of the frame), and a drawing still waiting; under
    // reduced motion the path shows at once (#drawArcs checks again when its frame comes).
    for (const animation of this.#animations.splice(0)) animation.cancel();
    cancelAnimationFrame(this.#arcsFrame);
    if (this.#reducedMotion.matches) return this.#drawArcs(arcs);
    for (const el of arcs) el.style.fillOpacity = el.style.strokeOpacity = '0';
    this.#arcsFrame = requestAnimationFrame(
      () => (this.#arcsFrame = requestAnimationFrame(() => this.#drawArcs(arcs))),
    );
  }

  // Only properties the main thread draws (a dash, a radius, fill and stroke opacity): opacity
  // and transform put each pulse and number on a compositor layer of its own, whose setting up
  // made the first frame of the drawing long on a slow phone. (The pulse's scale also grew it
  // from the map's corner, a transform's origin in SVG; its radius grows it in place.)
  #drawArcs(arcs: readonly SVGElement[]): void {
    const steps = Math.max(1, this.#resolution?.steps.length ?? 1);
    const each = 1000 / steps;
    for (const el of arcs) {
      el.style.fillOpacity = el.style.strokeOpacity = '';
      if (this.#reducedMotion.matches) continue;
      const index = Number(el.dataset.index ?? 0);
      const timing = {
        duration: each,
        delay: index * each,
        fill: 'backwards' as const,
        easing: 'ease-in-out',
      };
      if (el.classList.contains('arc')) {
        // The dash exists only while drawing: under zoom a non-scaling stroke's dash no longer
        // matches pathLength, so the finished arc must be a plain line.
        this.#animations.push(
          el.animate({ strokeDasharray: ['1 1', '1 1'], strokeDashoffset: [1, 0] }, timing),
        );
      } else if (el.classList.contains('pulse')) {
        this.#animations.push(el.animate({ strokeOpacity: [0, 1], r: [3, 10] }, timing));
      } else {
        this.#animations.push(
          el.animate(
            { fillOpacity: [0, 1], strokeOpacity: [0, 1] },
            {
              ...timing,
              delay: (index + 1) * each - each / 3,
            },
          ),
        );
      }
    }
  }

  #attachZoom(): void {
    const svgEl = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const layer = this.renderRoot.querySelector<SVGGElement>('g.zoom-layer');
    if (svgEl && layer && this.#geometry) {
      this.#zoom.attach(svgEl, layer, this.#geometry.size.width, this.#geometry.size.height);
    }
  }

  /** The zoom behaviour, attached first if a reader zooms before it was. */
  get #zoomer(): ZoomController {
    this.#attachZoom();
    return this.#zoom;
  }

  // ——— Reader actions ———

  #selectDatacenter(id: string): void {
    if (!this.world.datacenters.has(id)) return;
    this.datacenter = id;
    this.activeMarker = id;
    this.dispatchEvent(jmEvent('jm-select', { kind: 'datacenter' as const, id }));
  }

  /**
   * Shows the details of the country the `country` attribute names, or closes them when it is
   * empty; a name the data does not have is said, in the element and in one jm-error, and the
   * details shown stay.
   */
  #applyCountry(): void {
    this.#countryPending = false;
    // Removing the attribute makes it null.
    const id = (this.country ?? '').trim();
    const was = this.#countryProblem;
    this.#countryProblem = null;
    if (!id) this.#closeCountry(false);
    else if (this.world.jurisdictions.has(id)) {
      // A link with a step and a country: the step frames the map first (closing the details
      // comes back to it), then the country's zoom is the one shown, as the attribute promises.
      if (this.#focusPending) this.#applyFocus();
      if (id !== this.selectedCountry) this.#selectCountry(id, false, false);
    } else {
      this.#countryProblem = this.#locale.t.badAttribute(
        'country',
        this.#locale.t.noId(
          'country',
          [id],
          [sameIdInOtherCase(this.world.jurisdictions.keys(), id)],
        ),
      );
      this.#report({ message: this.#countryProblem, source: 'country' });
    }
    if (this.#countryProblem !== was) this.#showProblems();
  }

  // The view before a country's details zoomed in, to go back to when they close.
  #viewBeforeCountry?: View;

  #selectCountry(id: string | undefined, fromKeyboard = false, byReader = true): void {
    if (!id) return;
    if (!this.selectedCountry) this.#viewBeforeCountry = this.#zoomer.view;
    this.selectedCountry = id;
    this.country = id;
    // From the keyboard, the reader is taken to the details (a screen reader heard nothing of
    // them); Close or Escape brings them back.
    if (fromKeyboard)
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>('#country-heading')?.focus(),
      );
    if (byReader) this.dispatchEvent(jmEvent('jm-select', { kind: 'country' as const, id }));
    const g = this.#geometry;
    if (!g) return;
    const shape = this.#shapes.find((s) => s.jurisdiction === id);
    // A place without a shape (Singapore) is framed around its point.
    const place = g.places.get(id);
    const p = place && g.projection(place as [number, number]);
    const box = shape ? mainPartBox(shape.d, g.projection) : p && [p, p];
    // Nowhere on the map (Malta, the Vatican): the map leaves the country it was zoomed to.
    if (!box) {
      if (this.#viewBeforeCountry) this.#zoomer.restore(this.#viewBeforeCountry);
      return;
    }
    // A small country is framed in at least an eighth of the map each way (a zoom of about
    // 6×), so Luxembourg is not zoomed to the limit and keeps its neighbours around it. (A fixed
    // 120 × 80 px zoomed it 6× on a desktop and 2.6× on a phone, where it stayed a speck.)
    const [[x0, y0], [x1, y1]] = box;
    const { width, height } = g.size;
    const w = Math.max(x1 - x0, width / 8);
    const h = Math.max(y1 - y0, height / 8);
    const [cx, cy] = [(x0 + x1) / 2, (y0 + y1) / 2];
    this.#zoomer.zoomToBox(
      [
        [cx - w / 2, cy - h / 2],
        [cx + w / 2, cy + h / 2],
      ],
      width,
      height,
      this.#covered(g),
    );
  }

  #onMarkerKey(event: KeyboardEvent, ordered: string[]): void {
    const i = ordered.indexOf(this.activeMarker);
    const move = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    let next: string | undefined;
    if (move) next = ordered[(i + move + ordered.length) % ordered.length];
    else if (event.key === 'Home') next = ordered[0];
    else if (event.key === 'End') next = ordered.at(-1);
    else if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#selectDatacenter(this.activeMarker);
      return;
    }
    if (!next) return;
    event.preventDefault();
    this.activeMarker = next;
    void this.updateComplete.then(() => {
      const el = this.renderRoot.querySelector<SVGGElement>(`.marker[data-id="${next}"]`);
      el?.focus();
      // Over the shape: the marker's box includes its leader line. (Not while the map pans to
      // it: the tip would stay where the marker was.)
      if (el && !this.#zoomer.moving)
        this.#showTip(el.querySelector('.shape') ?? el, el.getAttribute('aria-label') ?? '');
    });
  }

  /**
   * Every country the map draws, by name in the reader's language: the keyboard's way to the
   * details of any country, as a click on its shape is the pointer's.
   */
  /**
   * The jurisdictions with data centers but no shape on the 1:110m map (Singapore, Hong Kong):
   * the keyboard reaches them too, by a ring around their place (their details listed neither).
   */
  #spots(): string[] {
    const shaped = new Set(this.#shapes.map((s) => s.jurisdiction));
    const homes = new Set([...this.world.datacenters.values()].map((d) => d.country));
    return [...homes].filter((id) => !shaped.has(id));
  }

  #countriesByName(): string[] {
    const ids = new Set(this.#shapes.flatMap((s) => (s.jurisdiction ? [s.jurisdiction] : [])));
    for (const id of this.#spots()) ids.add(id);
    const collator = new Intl.Collator(this.#locale.lang);
    return [...ids].sort((a, b) => collator.compare(this.#countryName(a), this.#countryName(b)));
  }

  /** The answer the countries' tab stop was last set for (willUpdate). */
  #tabStopAnswer: Resolution | null | undefined;

  // The letters typed on the countries within TYPE_AHEAD_MS of each other, and when the last was.
  #typed = { text: '', at: 0 };

  /**
   * The country whose name starts with the letters typed so far (a listbox's type-ahead): the
   * same letter again and again steps through the countries that start with it.
   */
  #typeAhead(key: string): string | undefined {
    const now = performance.now();
    const text = (now - this.#typed.at < TYPE_AHEAD_MS ? this.#typed.text : '') + key;
    this.#typed = { text, at: now };
    const fold = (t: string) =>
      t.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase(this.#locale.lang);
    const repeated = [...text].every((c) => c === text[0]);
    const want = fold(repeated ? text[0]! : text);
    const byName = this.#countriesByName();
    const from = byName.indexOf(this.activeCountry);
    const start = repeated ? from + 1 : Math.max(0, from);
    return [...byName.slice(start), ...byName.slice(0, start)].find((id) =>
      fold(this.#countryName(id)).startsWith(want),
    );
  }

  #onCountryKey(event: KeyboardEvent, involved: string[]): void {
    // The answer's countries first, then every other one by name.
    const ordered = [
      ...involved,
      ...this.#countriesByName().filter((id) => !involved.includes(id)),
    ];
    const i = ordered.indexOf(this.activeCountry);
    const move = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    // A name starts with a letter (+ − 0 zoom, as everywhere on the map, and Space selects); once
    // begun, a space, a hyphen or an apostrophe typed soon after is part of it ("united k",
    // "royaume-uni").
    const typing = this.#typed.text !== '' && performance.now() - this.#typed.at < TYPE_AHEAD_MS;
    const letter =
      (/^\p{L}$/u.test(event.key) || (typing && /^[ '’.-]$/.test(event.key))) &&
      !event.ctrlKey &&
      !event.metaKey &&
      !event.altKey;
    // Home and End as on the markers.
    const next = move
      ? ordered[(i + move + ordered.length) % ordered.length]
      : event.key === 'Home'
        ? ordered[0]
        : event.key === 'End'
          ? ordered.at(-1)
          : letter
            ? this.#typeAhead(event.key)
            : undefined;
    // A letter that names no country is still the countries' own (not a presenter's key nor the
    // page's: S opened the speaker view); any other key ends a typed name, but Shift and a dead
    // key (an accent, on a French keyboard) begin a letter.
    if (letter) event.preventDefault();
    else if (!/^(Shift|Dead)$/.test(event.key)) this.#typed.text = '';
    if (next) {
      event.preventDefault();
      this.activeCountry = next;
      void this.updateComplete.then(() => {
        this.renderRoot
          .querySelector<SVGPathElement>(`.outline[data-jurisdiction="${next}"]`)
          ?.focus();
        this.#revealCountry(next);
      });
    } else if (!letter && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      this.#selectCountry(this.activeCountry, true);
    }
  }

  // The keyboard's focus on a marker or a country out of sight pans the map to it.
  #revealMarker(id: string): boolean {
    const m = this.#scene?.markers.find((x) => x.id === id);
    const g = this.#geometry;
    return !!m && !!g && this.#zoomer.reveal([m.x, m.y], this.#covered(g));
  }

  #revealCountry(id: string): boolean {
    const g = this.#geometry;
    const place = g?.places.get(id);
    const p = g && place && g.projection(place as [number, number]);
    return !!p && this.#zoomer.reveal(p, this.#covered(g));
  }

  #onStageKey(event: KeyboardEvent): void {
    // A key a part of the map has used (a hyphen in a country's typed name) zooms nothing.
    if (
      event.defaultPrevented ||
      event.target instanceof HTMLInputElement ||
      event.target instanceof HTMLSelectElement
    )
      return;
    if (event.key === '+' || event.key === '=') this.#zoomer.zoomBy(1.6);
    else if (event.key === '-' || event.key === '_') this.#zoomer.zoomBy(1 / 1.6);
    else if (event.key === '0') this.#zoomer.reset();
    else return;
    event.preventDefault();
  }

  #showTip(el: Pick<Element, 'getBoundingClientRect'>, text: string): void {
    const box = el.getBoundingClientRect();
    this.#tipAt(box.left + box.width / 2, box.top, box.bottom, text);
  }

  // Above its point; near the map's top, where a tip of a few lines (up to about 80 px) would be
  // pushed down over the marker it names, below it.
  #tipAt(x: number, top: number, bottom: number, text: string): void {
    const stage = this.renderRoot.querySelector('.map-area');
    if (!stage) return;
    const frame = stage.getBoundingClientRect();
    const below = top - frame.top < 90;
    this.tip = {
      x: x - frame.left,
      y: (below ? bottom : top) - frame.top,
      below,
      room: frame.width,
      text,
    };
  }

  // Over the country's place (its label's point), not the middle of its outline's box: France's
  // box reaches French Guiana, and the tip floated over the Atlantic.
  #showCountryTip(id: string, outline: Element, text: string): void {
    const g = this.#geometry;
    const place = g?.places.get(id);
    const p = g && place && g.projection(place as [number, number]);
    const ctm = this.renderRoot.querySelector<SVGGElement>('g.zoom-layer')?.getScreenCTM();
    if (!p || !ctm) return this.#showTip(outline, text);
    const at = new DOMPoint(p[0], p[1]).matrixTransform(ctm);
    this.#showTip({ getBoundingClientRect: () => new DOMRect(at.x, at.y, 0, 0) }, text);
  }

  #hideTip = () => {
    this.tip = null;
  };

  // ——— Rendering ———

  protected override render() {
    const { t } = this.#locale;
    // A lazy map far from view, or one awaiting its words, in the reader's language already.
    if (!this.#started) {
      const words = placeholderWords(this.#wantedLang());
      return html`<div
        class=${this.#awake ? 'placeholder waiting' : 'placeholder'}
        part="placeholder"
        role="img"
        aria-label=${words.loadingLabel}
      >
        ${words.loading}
      </div>`;
    }
    // Enumerated values, as HTML's own, in any case (theme="Dark").
    const showControls = lower(this.controls) !== 'none';
    const showPanel = lower(this.panel) !== 'none';
    // The interface's own language on its frame: a map that falls back to English on a German
    // page inherited lang="de", and a screen reader read its English with German sounds.
    // The map's name says what it is and its keys describe it (#jm-keys): the keys were its
    // name, read in full each time the focus came to it (the embedding review).
    return html`<div class="frame" part="frame" lang=${this.#locale.tag}>
      <button type="button" class="skip sr-only" @click=${this.#skipMap}>${t.skipMap}</button>
      ${showControls ? this.#renderControls() : nothing}
      <div class="body ${showPanel ? '' : 'no-panel'}">
        <div
          class="stage"
          part="map"
          role="region"
          aria-label=${this.tableView ? t.table : t.map}
          aria-describedby=${
            // In a scenario, its keys too (a screen reader was told only the map's).
            this.tableView ? nothing : this.#view ? 'jm-keys jm-step-keys' : 'jm-keys'
          }
          tabindex=${this.tableView ? -1 : 0}
          @keydown=${this.#onStageKey}
          @focusin=${this.#onStageFocus}
          @focusout=${this.#onStageFocus}
        >
          ${
            this.#view
              ? caption(
                  {
                    locale: this.#locale,
                    view: this.#view,
                    stepOf: this.#stepOf(this.#view),
                    showNotes: this.showNotes,
                    notes: lacksSources(this.world) ? this.sourcesState : 'ready',
                    playing: this.playing,
                    offScript: this.#offScript,
                  },
                  this.#captionActions,
                )
              : nothing
          }
          <div class="map-area ${this.tableView ? 'as-table' : ''}">
            ${this.#renderMap()}
            ${
              // Not once a first bundle has failed: the map then waits for a Retry, not a load.
              this.#data.pending && !this.#scene && !this.dataError
                ? html`<p class="data-loading" role="status">${t.loading}</p>`
                : nothing
            }
            ${this.tableView && this.#resolution ? this.#renderTable() : nothing}
            <div class="zoom-buttons">
              <button
                type="button"
                aria-label=${t.zoomIn}
                title="${t.zoomIn} (+)"
                @click=${() => this.#zoomer.zoomBy(1.6)}
              >
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M3 8h10M8 3v10"></path>
                </svg>
              </button>
              <button
                type="button"
                aria-label=${t.zoomOut}
                title="${t.zoomOut} (−)"
                @click=${() => this.#zoomer.zoomBy(1 / 1.6)}
              >
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M3 8h10"></path>
                </svg>
              </button>
              <button
                type="button"
                aria-label=${t.resetZoom}
                title="${t.resetZoom} (0)"
                @click=${() => this.#zoomer.reset()}
              >
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                  <path d="M3.5 8a4.5 4.5 0 1 0 1.3-3.2M3.5 2.5v2.8h2.8"></path>
                </svg>
              </button>
            </div>
            ${
              this.tableView
                ? nothing
                : legend(
                    t,
                    // Open by itself on a large map, but not under a scenario's caption: there
                    // it covered the step's path (fullscreen at 1280×720); a click opens it.
                    this.legendOpen ??
                      (!this.#view && this.#resize.width >= 640 && this.#resize.height >= 600),
                    (open) => (this.legendOpen = open),
                    this.#filterNote(),
                  )
            }
            ${
              this.tip
                ? html`<div
                    class=${this.tip.below ? 'tooltip below' : 'tooltip'}
                    role="tooltip"
                    style=${styleProps({
                      '--tip-x': `${this.tip.x}px`,
                      '--tip-y': `${this.tip.y}px`,
                      '--tip-room': `${this.tip.room}px`,
                    })}
                  >
                    ${this.tip.text}
                  </div>`
                : nothing
            }
            ${
              this.error || this.dataError || this.lookError
                ? html`<div class="error" role="alert">
                    ${this.dataError ? html`<p>${shortened(this.dataError)}</p>` : nothing}
                    ${this.error ? html`<p>${shortened(this.error)}</p>` : nothing}
                    ${this.lookError ? html`<p>${shortened(this.lookError)}</p>` : nothing}
                    ${
                      this.retryable
                        ? html`<button
                            type="button"
                            class="retry"
                            @click=${() => (this.reload(), this.#focusMap())}
                          >
                            ${t.retry}
                          </button>`
                        : nothing
                    }
                    <button type="button" aria-label=${t.dismiss} @click=${this.#dismissMessage}>
                      ×
                    </button>
                  </div>`
                : nothing
            }
          </div>
        </div>
        ${showPanel ? this.#renderPanel() : nothing}
      </div>
      ${
        // announce="none": no live region at all (one kept quiet, aria-live off, left its words
        // outside any landmark, which axe's region rule flags on story.html).
        lower(this.announce) === 'none'
          ? nothing
          : html`<div
              class="sr-only"
              aria-live="polite"
              aria-atomic="true"
              lang=${contentLang(this.#locale)}
            >
              <span lang=${this.#locale.tag}>${this.narrationStep}</span> ${this.narration}
            </div>`
      }
      <p id="jm-keys" hidden>${t.mapKeys}</p>
      <p id="jm-step-keys" hidden>${t.stepKeys}</p>
      <p
        class="skip sr-only"
        id="jm-end"
        role="status"
        tabindex="-1"
        @blur=${(e: FocusEvent) => ((e.target as HTMLElement).tabIndex = -1)}
      >
        ${t.mapEnd}
      </p>
    </div>`;
  }

  // The message's × and Escape on the map: the keyboard goes back to the map.
  #dismissMessage = () => {
    this.#stepProblem = this.#requestProblem = this.#compareProblem = null;
    this.error = null;
    this.dataError = null;
    this.lookError = null;
    this.#focusMap();
  };

  // A keyboard passes the map's two dozen stops in one: from its first stop to its end, where
  // the next Tab leaves for the page (the embedding review counted 28 Tabs across it). The end
  // is a tab stop only while it has the focus: from an element out of the tab order, Chromium's
  // next Tab went back to the shadow root's first stop. A status (its words never change, so it
  // announces nothing of itself): axe asks text outside a landmark to be in one or live, and
  // an embedding page need not put the map in a landmark.
  #skipMap = () => {
    const end = this.renderRoot.querySelector<HTMLElement>('#jm-end')!;
    end.tabIndex = 0;
    end.focus();
  };

  /** "step 2 of 7" in the reader's words and digits. */
  #stepOf(view: ScenarioView): string {
    const { t, count } = this.#locale;
    return t.stepOf(count(view.step), count(view.steps));
  }

  // Whether a reader has reached the controls (see ControlsState.reached in controls.ts).
  #reached = false;
  #wantControls(): void {
    if (this.#reached) return;
    this.#reached = true;
    this.requestUpdate();
    // The date field is a new element (an input whose type changes while focused takes no keys
    // in its date parts); focus that landed on the text one moves to it before the next key.
    const root = this.renderRoot as ShadowRoot;
    const focused = root.activeElement?.matches('.date-field');
    void this.updateComplete.then(() => {
      if (focused) root.querySelector<HTMLInputElement>('.date-field')?.focus();
    });
  }

  #renderControls() {
    // While an attribute is refused, the pickers show the request the map answers, as the link
    // does (they showed the refused value, or nothing, over the last good map).
    const shown = (this.#requestProblem && this.#resolution?.request) || this;
    return controls(
      {
        world: this.#shown,
        locale: this.#locale,
        requestType: shown.requestType,
        requester: shown.requester,
        datacenter: shown.datacenter,
        // Before any answer (another attribute is wrong), a good as-of date still shows.
        asOf: this.#resolution?.request.asOf ?? (isIsoDate(this.asOf) ? this.asOf : today()),
        reached: this.#reached,
        playingDates: this.#playback.datesPlaying,
        tableView: this.tableView,
        countryName: (id) => this.#countryName(id),
      },
      this.#controlActions,
    );
  }

  #controlActions: ControlsActions = {
    reach: () => this.#wantControls(),
    requestType: (id) => (this.requestType = id),
    requester: (id) => (this.requester = id),
    datacenter: (id, typed, fitting) => {
      if (this.world.datacenters.has(id)) return this.#selectDatacenter(id);
      // Words that fit no single data center change nothing: the field shows the data center
      // still shown (the attribute never holds the words), and a message says why, unless the
      // field was only cleared.
      this.requestUpdate();
      if (!typed.trim()) return;
      const { t, count } = this.#locale;
      this.#fail({
        message: fitting > 1 ? t.manyDatacenters(typed, count(fitting)) : t.noDatacenter(typed),
        source: 'datacenter',
      });
    },
    asOf: (date) => (this.asOf = date),
    playDates: () => this.playDates(),
    toggleTable: () => (this.tableView = !this.tableView),
  };

  #renderMap() {
    const scene = this.#scene;
    const g = this.#geometry;
    if (!scene || !g) return html`<svg class="map" aria-hidden="true"></svg>`;
    const { width, height } = g.size;
    // The arrow keys' order, left to right (kept while the positions are the same).
    if (this.#markerOrder.of !== g) {
      this.#markerOrder = {
        of: g,
        ids: [...scene.markers]
          .sort((a, b) => a.x + a.dx - (b.x + b.dx) || a.y - b.y)
          .map((m) => m.id),
      };
    }
    const orderedMarkers = this.#markerOrder.ids;
    // One focusable outline per country in the answer, and one for any other country the
    // keyboard is on: a few elements carry the roles, labels and keys, while the 177 drawn
    // shapes stay light (their events are delegated).
    const spots = this.#spots();
    const involvedIds = [
      ...new Set([
        ...scene.countries
          .filter((c) => c.roles.length && c.jurisdiction)
          .map((c) => c.jurisdiction!),
        ...(this.#resolution?.jurisdictions ?? [])
          .map((j) => j.id)
          .filter((id) => spots.includes(id)),
      ]),
    ];
    const active = this.activeCountry;
    const shownIds =
      active &&
      !involvedIds.includes(active) &&
      (spots.includes(active) || scene.countries.some((c) => c.jurisdiction === active))
        ? [...involvedIds, active]
        : involvedIds;
    const outlines = shownIds.map((id) => {
      const place = spots.includes(id) && this.#places.get(id);
      const d = place
        ? placeRing(this.#geometry!.projection, place, 9)
        : scene.countries
            .filter((c) => c.jurisdiction === id)
            .map((c) => c.d)
            .join('');
      return { id, d, label: this.#countryLabel(id) };
    });
    // The edges that set a country apart are drawn over all the land: on the country's own path,
    // a neighbour drawn later covered half of them (Croatia's against Serbia). The parties', then
    // the data's; the selected country's over the hatching too, which hid most of it.
    const edges = scene.countries.filter(edgeRank).sort((a, b) => edgeRank(a) - edgeRank(b));
    const selected = scene.countries.filter(
      (c) => c.jurisdiction && c.jurisdiction === this.selectedCountry,
    );
    return html`<svg
      class="map"
      viewBox="0 0 ${width} ${height}"
      role="group"
      aria-label=${this.#locale.t.worldMap(this.#resolution?.summary ?? '')}
    >
      <defs>
        <pattern
          id="jm-hatch"
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="scale(${(1 / g.baseScale).toFixed(3)}) rotate(45)"
        >
          <rect width="6" height="6" fill="none"></rect>
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
        <pattern
          id="jm-hatch-legend"
          patternUnits="userSpaceOnUse"
          width="6"
          height="6"
          patternTransform="rotate(45)"
        >
          <line class="hatch-line" x1="0" y1="0" x2="0" y2="6"></line>
        </pattern>
      </defs>
      <g class="zoom-layer" style=${styleProps({ '--ms': markerScale(width).toFixed(2) })}>
        <g
          class="base"
          transform=${g.baseTransform}
          style=${styleProps({ '--bs': String(g.baseScale) })}
        >
          <path class="sphere" d=${scene.sphere}></path>
          <path class="graticule" d=${scene.graticule}></path>
          <g
            class="countries"
            @click=${this.#onCountryClick}
            @pointerover=${this.#onCountryHover}
            @pointerout=${this.#onCountryOut}
          ></g>
          <g class="edges" aria-hidden="true">
            ${edges.map(
              (c) =>
                svg`<path class=${EDGES[edgeRank(c)]!} d=${c.d} data-jurisdiction=${c.jurisdiction ?? nothing}></path>`,
            )}
          </g>
          <g class="hatches" aria-hidden="true">
            ${scene.countries.filter((c) => c.conflict).map((c) => svg`<path class="hatch" d=${c.d}></path>`)}
          </g>
          <g class="selected-edge" aria-hidden="true">
            ${selected.map(
              (c) =>
                svg`<path class="edge focused-halo" d=${c.d}></path><path class="edge focused" d=${c.d}></path>`,
            )}
          </g>
          <path class="hover-ring"></path>
          <g
            class="outlines"
            role="group"
            aria-label=${this.#locale.t.countriesGroup}
            @keydown=${(e: KeyboardEvent) => this.#onCountryKey(e, involvedIds)}
          >
            ${repeat(
              outlines,
              // Keyed: the keyboard going from one country beyond the answer to another moves
              // the focus to a new element, whose focus shows its tooltip (one element reused
              // kept the first country's tip).
              (o) => o.id,
              // Each outline has a halo under it: the focus ring is two strokes, one of which
              // stands out against any fill (one stroke in the focus colour vanished on the
              // requester's blue, 1.2:1).
              (o) => svg`<path class="outline-halo" d=${o.d} aria-hidden="true"></path><path
              class="outline"
              d=${o.d}
              data-jurisdiction=${o.id}
              role="button"
              tabindex=${o.id === this.activeCountry ? 0 : -1}
              aria-label=${o.label}
              @click=${() => this.#selectCountry(o.id)}
              @focus=${(e: FocusEvent) => {
                const el = e.target as Element;
                if (!(el.matches(':focus-visible') && this.#revealCountry(o.id)))
                  this.#showCountryTip(o.id, el, o.label);
              }}
              @blur=${this.#hideTip}
            ></path>`,
            )}
          </g>
        </g>
        <g class="arcs" aria-hidden="true">
          ${repeat(
            scene.arcs,
            (a) => a.key,
            (a) =>
              a.samePlace
                ? svg`<circle class="pulse" data-index=${a.index} cx=${a.x} cy=${a.y} r="10"></circle>`
                : svg`<path class="arc-halo" d=${a.d}></path>
                    <path class="arc" data-index=${a.index} d=${a.d} pathLength="1"></path>`,
          )}
        </g>
        <g
          class=${this.#resolution ? 'markers' : 'markers unanswered'}
          role="group"
          aria-label=${[this.#locale.t.datacenters, this.#filterNote()]
            .filter(Boolean)
            .join(this.#locale.t.colon)}
          @keydown=${(e: KeyboardEvent) => this.#onMarkerKey(e, orderedMarkers)}
          @click=${this.#onMarkerEvent}
          @pointerdown=${this.#onMarkerPress}
          @pointerover=${this.#onMarkerEvent}
          @pointermove=${this.#onMarkerEvent}
          @pointerout=${this.#hideTip}
        ></g>
        <g class="labels" aria-hidden="true">
          ${scene.labels.map(
            // The name of a place without a shape (Singapore) is what a pointer clicks to open
            // its details (.spot); other names take no pointer events, so clicks reach their
            // country's shape and this click never fires.
            (l) =>
              svg`<text class=${spots.includes(l.id) ? 'label spot' : 'label'} dx="0" dy="22" style=${styleProps({ '--x': String(l.x), '--y': String(l.y) })} @click=${() => this.#selectCountry(l.id)}>${l.text}</text>`,
          )}
        </g>
        <!-- The steps' numbers over the markers and the names: a presenter's audience reads them. -->
        <g class="arcs step-marks" aria-hidden="true">
          ${scene.arcs.map(
            (a) => svg`<g class="step-mark label-like" data-index=${a.index}
                style=${styleProps({ '--x': String(a.badgeX), '--y': String(a.badgeY) })}>
                <g class="marker-like"><circle class="step-badge" r="8" cx=${12 + 17 * a.stack} cy="-12"></circle>
                <text class="step-number" x=${12 + 17 * a.stack} y="-8" text-anchor="middle">${a.index + 1}</text></g></g>`,
          )}
        </g>
      </g>
    </svg>`;
  }

  #markerOrder: { of?: Geometry; ids: string[] } = { ids: [] };
  #sceneOf: { geometry?: Geometry; locale?: Locale } = {};

  // Delegated from the markers group: a click selects, hover and focus show the tooltip.
  // A marker's tooltip shows while it has the focus. Listened for on the stage, not on the
  // markers' <g>: Chromium makes an SVG element with focus listeners a tab stop of its own.
  // (Listened for here, on the stage: a focus listener on an SVG group makes it a tab stop.)
  #onStageFocus = (event: FocusEvent) => {
    const marker = (event.target as Element).closest?.<SVGGElement>('.marker[data-id]');
    if (!marker) return;
    if (event.type === 'focusin') this.#markerLayer.focusRing(marker);
    if (event.type !== 'focusin') this.#hideTip();
    // Only the keyboard's focus shows a tooltip (a pointer's hover has shown it; a tap's would
    // stay over the path it drew). A marker it reaches out of sight is panned to first, without
    // one: the tooltip would stay where the marker was.
    else if (marker.matches(':focus-visible') && !this.#revealMarker(marker.dataset.id!))
      this.#onMarkerEvent(event);
  };

  #onMarkerEvent = (event: Event) => {
    let target = (event.target as Element).closest<SVGGElement>('.marker[data-id]');
    // Around the markers: their hit area, a leader line, or their group itself, which gets the
    // click when a press and its release land on two elements (markers glide to a new fan-out
    // under a still pointer just after a zoom).
    const around = !target && (event.target as Element).matches('.hit-area, .leader, g.markers');
    if (!target && !around) {
      this.#onDenseEvent(event);
      return;
    }
    // The pointer's marker is the nearest one (around the markers, on their hit area, there is no
    // other). A click from the keyboard or a script (detail 0) is the target's. A click selects
    // the marker whose tooltip the hover showed while it is still within its reach: a click
    // reports whole pixels where the hover had fractions, and in a crowded city that fraction can
    // be nearer a neighbour.
    const pointer = event instanceof MouseEvent && (event.type !== 'click' || event.detail > 0);
    const near = pointer
      ? this.#markerLayer.hit(
          this.#pointOf(event as MouseEvent),
          // Only while its tooltip shows: a zoom under a still pointer hides it and moves the
          // markers, and the click is then the nearest marker's.
          event.type === 'click' && this.tip ? this.#hovered : undefined,
        )
      : undefined;
    if (around)
      target = near
        ? this.renderRoot.querySelector<SVGGElement>(`.marker[data-id="${near.id}"]`)
        : null;
    if (!target) return;
    const id = near?.id ?? target.dataset.id!;
    const label = near?.label ?? target.getAttribute('aria-label') ?? '';
    // A pointer moving over the same marker keeps its tooltip (each new tip is a render), and
    // looks nothing up.
    if (pointer && event.type !== 'click') this.#hovered = id;
    // No tooltip over a marker on its way to a new place: it would stay where the marker was.
    if (event.type !== 'click' && this.#markerLayer.gliding) return;
    if (event.type === 'pointermove' && this.tip?.text === label) return;
    const marker = this.renderRoot.querySelector<SVGGElement>(`.marker[data-id="${id}"]`) ?? target;
    if (event.type === 'click') {
      const touch = pointer && this.#pointOf(event as MouseEvent) === this.#press;
      this.#selectDatacenter(id);
      // A finger's tap leaves no pointer to move away: its tooltip would stay over the path the
      // choice just drew (the panel names the data center).
      if (touch) this.tip = null;
      // The browser focused the element under the pointer (the map, around a marker); the
      // chosen marker takes the focus (and with it the tooltip).
      const focused = this.shadowRoot?.activeElement;
      if (marker !== focused && (focused === target || focused?.matches('.stage')))
        marker.focus({ preventScroll: true });
    } else this.#showTip(marker.querySelector('.shape') ?? marker, label);
  };

  // Where a finger touched the map: the browser moves a tap's click onto the nearest thing it
  // takes for a target ("touch adjustment"), which in a city of markers is often a neighbour
  // (4 of 86 taps on a phone chose the marker beside the one tapped).
  #press?: { clientX: number; clientY: number; timeStamp: number };
  #onMarkerPress = (event: PointerEvent) => {
    this.#press =
      event.pointerType === 'mouse'
        ? undefined
        : { clientX: event.clientX, clientY: event.clientY, timeStamp: event.timeStamp };
  };

  /** The point an event stands for: a tap's click stands for where the finger was. */
  #pointOf(event: MouseEvent): { clientX: number; clientY: number } {
    const press = this.#press;
    if (event.type === 'click' && press && event.timeStamp - press.timeStamp < 1000) return press;
    return event;
  }

  /** The marker whose tooltip a pointer's hover showed last (a click prefers it, see above). */
  #hovered: string | undefined;

  // Dense markers (a large bundle) are paths by look: the marker is found by position.
  #onDenseEvent(event: Event): void {
    if (!this.#markerLayer.dense || !(event instanceof MouseEvent)) return;
    if (!(event.target as Element).closest('.dense')) return;
    // A click selects the marker whose tooltip the hover showed, if the click is still on it.
    const m = this.#markerLayer.hit(
      this.#pointOf(event),
      event.type === 'click' ? this.#hovered : undefined,
    );
    if (event.type === 'click') {
      if (m) this.#selectDatacenter(m.id);
      return;
    }
    this.#hovered = m?.id;
    // A pointer moving over the same marker keeps its tooltip (each new tip is a render).
    if (this.tip && this.tip.text === m?.label) return;
    if (m) this.#showTipAt(event as PointerEvent, m.label);
    else if (this.tip) this.tip = null;
  }

  /** The jurisdiction of the country shape an event came from. */
  #countryAt(event: Event): string | undefined {
    return (event.target as Element).getAttribute?.('data-jurisdiction') || undefined;
  }

  #onCountryClick = (event: Event) => this.#selectCountry(this.#countryAt(event));

  #onCountryHover = (event: PointerEvent) => {
    this.#ringCountry(event.target as Element);
    const id = this.#countryAt(event);
    if (id) this.#showTipAt(event, this.#countryLabel(id));
  };

  #onCountryOut = () => {
    this.#ringCountry(null);
    this.#hideTip();
  };

  /** Outlines the country under the pointer above its neighbours and its hatching (null: none). */
  #ringCountry(country: Element | null): void {
    const ring = this.renderRoot.querySelector('.hover-ring');
    const d = country?.matches('.country') ? country.getAttribute('d') : null;
    if (d) ring?.setAttribute('d', d);
    else ring?.removeAttribute('d');
  }

  /** "Ireland: data, conflict" — the name and the roles it plays in the answer. */
  #countryLabel(id: string): string {
    const name = this.#countryName(id);
    const roles = (this.#resolution?.jurisdictions ?? [])
      .filter((j) => j.id === id)
      .map((j) => this.#locale.t.roles[j.role]);
    return roles.length ? `${name}${this.#locale.t.colon}${[...new Set(roles)].join(', ')}` : name;
  }

  #showTipAt(event: PointerEvent, text: string): void {
    this.#tipAt(event.clientX, event.clientY, event.clientY, text);
  }

  /** A state's name in a sentence: "the United States" in English, Intl's name otherwise. */
  #countryInSentence(id: string): string {
    const j = this.world.jurisdictions.get(id);
    return this.#locale.lang === 'en' && j ? inSentence(j) : this.#countryName(id);
  }

  /** A jurisdiction's name in the reader's language (the data's English name in English). */
  #countryName(id: string): string {
    const name = this.world.jurisdictions.get(id)?.name ?? id;
    return this.#locale.country(id, name);
  }

  #renderPanel() {
    const r = this.#resolution;
    return panel(
      {
        // A country's details list all its data centers, drawn or not ("none in the data" was
        // wrong under a filter); choosing one shows it.
        world: this.world,
        locale: this.#locale,
        resolution: r,
        comparison: this.#comparison,
        asOf: r?.request.asOf ?? today(),
        selectedCountry: this.selectedCountry,
        requestTypeName: this.world.requestTypes.get(this.requestType)?.name ?? this.requestType,
        reaches: this.#reaches,
        sources: lacksSources(this.world) ? this.sourcesState : 'ready',
        loading: this.#data.pending && !this.#resolution && !this.dataError,
        wrong: !!this.#requestProblem,
        notice: this.notice,
        countryName: (id) => this.#countryName(id),
        countryInSentence: (id) => this.#countryInSentence(id),
      },
      this.#panelActions,
    );
  }

  #panelActions: PanelActions = {
    closeCountry: () => this.#closeCountry(),
    selectDatacenter: (id) => this.#selectDatacenter(id),
    loadSources: () => void this.loadSources().catch(() => {}),
    swapComparison: () => this.swapComparison(),
    download: (format) => void this.download(format),
    copyLink: () => void this.#copy(this.shareLink(), this.#locale.t.link),
    copyEmbed: () => void this.#copy(this.embedCode(), this.#locale.t.embedCode),
  };

  #captionActions: CaptionActions = {
    previous: () => this.previous(),
    next: () => this.next(),
    togglePlay: () => this.togglePlay(),
    toggleNotes: () => this.#toggleNotes(),
    backToStep: () => (this.backToStep(), this.#focusMap()),
  };

  #renderTable() {
    const r = this.#resolution!;
    const type = this.world.requestTypes.get(r.request.requestType)!;
    const { t, date } = this.#locale;
    return reachTable(
      this.#locale,
      this.#shown,
      this.#reaches,
      r.request.datacenter,
      [
        t.tableCaption(
          this.#locale.lang === 'en' ? withArticle(type.name) : type.name,
          this.#countryInSentence(r.request.requester),
          date(r.request.asOf),
        ),
        this.#filterNote(),
      ]
        .filter(Boolean)
        .join(t.colon),
      (id) => this.#selectDatacenter(id),
      this.tableRow,
      (id) => (this.tableRow = id),
    );
  }
}

// A wide map with its pickers measures its frame in updated() and then draws the map, an update
// scheduled by the one before (#estimateStageSize says why). Lit's development build warns about
// that on every page; an embedder developing with it would see the warning for our element.
JurisdictionMap.disableWarning?.('change-in-update');

/** The reach names in English (the interface's words are in ./strings.ts). */
export const REACH_NAMES = en.reach;

/** The attribute that sets each field of a request or scenario. */
const ATTRIBUTE_OF: Record<RequestError['field'], string> = {
  requestType: 'request-type',
  requester: 'requester',
  datacenter: 'datacenter',
  asOf: 'as-of',
  scenario: 'scenario',
  step: 'step',
};

/**
 * An enumerated attribute's value as HTML compares its own, in any case; a removed attribute
 * (null) is the empty value.
 */
const lower = (value: string | null | undefined) => (value ?? '').toLowerCase();

/** The look attributes and the values each takes ('' being the attribute left out). */
/** autoplay's seconds, from 1 up (0.01 ran a whole scenario in 160 ms), else undefined. */
const paceOf = (value: string | null | undefined): number | undefined => {
  const seconds = Number(value?.trim() || NaN);
  return Number.isFinite(seconds) && seconds >= 1 ? seconds : undefined;
};

/**
 * A message as the map shows it: a value of more than 120 characters without a space (a
 * 200,000-character attribute) is cut to its first 100 and an ellipsis. The message covered the
 * map; the event keeps it whole.
 */
const shortened = (message: string) =>
  // Not between the two halves of an emoji (a lone half shows as �).
  message.replace(
    /\S{121,}/g,
    (word) => `${word.slice(0, /[\uD800-\uDBFF]/.test(word[99]!) ? 99 : 100)}…`,
  );

/** The request's field behind each attribute of a view (a link to what the map shows). */
const SHOWN_FIELD: Record<string, keyof Request | undefined> = {
  'request-type': 'requestType',
  requester: 'requester',
  datacenter: 'datacenter',
  'as-of': 'asOf',
};

/** How many of a bundle's problems the element itself lists (the jm-error event has them all). */
const SHOWN_PROBLEMS = 12;
/** Letters typed on the countries within this many ms of each other make one name to look for. */
const TYPE_AHEAD_MS = 700;

const LOOKS = [
  ['theme', ['', 'light', 'dark']],
  ['controls', ['', 'none']],
  ['panel', ['', 'none']],
  ['announce', ['', 'none']],
  ['loading', ['', 'eager', 'lazy']],
  // Not a look, but the same kind of value: bundle-mode="REPLACE" merged the site's data into the
  // built-in set without a word.
  ['bundleMode', ['', 'merge', 'replace']],
] as const satisfies readonly (readonly [keyof JurisdictionMap, readonly string[]])[];

const sameRequest = (a: Request, b: Request) =>
  a.requestType === b.requestType &&
  a.requester === b.requester &&
  a.datacenter === b.datacenter &&
  a.asOf === b.asOf;

declare global {
  interface HTMLElementTagNameMap {
    'jurisdiction-map': JurisdictionMap;
  }
}
