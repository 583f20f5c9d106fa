// Which data a map shows: its `data` object, else the bundle at `src`, else the built-in set.
// A site's bundle is fetched (for `src`), merged with the built-in set unless the mode is
// "replace", and checked; a bad one is reported by JSON path and the last good World stays.
// The same source in the same mode is not loaded twice, and an answer for a load since replaced
// (by another source, or by the same one loaded again) is dropped.
import { builtInFacts, builtInWorld, completeWorld } from '../elements/built-in-data.js';
import type { JmErrorDetail } from '../elements/events.js';
import { DataError, type World } from '../engine/core.js';
import type { Strings } from '../i18n/strings.js';

/** What the element's attributes ask for. */
export interface DataSource {
  data: unknown;
  src: string;
  mode: 'merge' | 'replace';
}

/** What the controller needs from its element. */
export interface DataHost {
  /** Shows a checked World. */
  useWorld(world: World): void;
  /** Reports what went wrong; `retryable` when loading again may help (a failed fetch). */
  fail(detail: JmErrorDetail, retryable: boolean): void;
  /** The interface's words, for the messages (read when a message is written). */
  strings(): Strings;
}

/** How long a site's bundle may take to begin to arrive (ms): its answer's headers. */
export const FETCH_TIMEOUT = 30_000;

export class DataController {
  #loaded: { key: unknown; mode: string } = { key: undefined, mode: '' };
  #pending = false;
  // Whether any data was shown yet. A first bundle that fails leaves the map answering nothing,
  // as while it loaded: it answered from the built-in data, which the bundle was to replace or
  // add to, under a message that claimed the last map was shown.
  #shown = false;

  constructor(private readonly host: DataHost) {}

  /**
   * A site's bundle is on its way: until it is used or fails, the map must not answer from the
   * data it is leaving (ids of the new bundle would be reported unknown, and a wrong answer
   * shown).
   */
  get pending(): boolean {
    return this.#pending;
  }

  /** Loads `source` unless it is the one already loaded; true when a new load started. */
  load(source: DataSource): boolean {
    const hasData = source.data !== null && source.data !== undefined;
    const key = hasData ? source.data : source.src;
    if (this.#current(key, source.mode)) return false;
    this.#loaded = { key, mode: source.mode };
    this.#pending = hasData || !!source.src;
    if (hasData) void this.#check(source.data, 'data', this.host.strings().dataProperty);
    else if (source.src) void this.#fetch(source.src);
    else this.#use(builtInWorld());
    return true;
  }

  /** Loads `source` again even if it is the one loaded (after a failed fetch: Retry). */
  reload(source: DataSource): void {
    this.#loaded = { key: undefined, mode: source.mode };
    this.load(source);
  }

  /**
   * Whether `key` in `mode` is still what the map asks for. By Object.is: `data = NaN` never
   * equalled itself, so its check was dropped as stale, with no message, and the map waited for it
   * and answered nothing more.
   */
  #current(key: unknown, mode: string): boolean {
    return Object.is(this.#loaded.key, key) && this.#loaded.mode === mode;
  }

  #use(world: World): void {
    this.#shown = true;
    this.host.useWorld(world);
  }

  // Each load is its own object, so an answer belongs to one load, not to a source: with src set
  // A, then B, then A again, the first fetch of A answered too (the same message twice).
  async #fetch(src: string): Promise<void> {
    const load = this.#loaded;
    let bundle: unknown;
    // A server that never answers left the map waiting, "Map loading…", for good: after
    // FETCH_TIMEOUT without an answer it says so, with Retry, like any failed fetch. Only until
    // the answer begins: a large bundle still arriving on a slow line is not cut off.
    const abort = new AbortController();
    const timer = setTimeout(
      () => abort.abort(new Error(`no answer in ${FETCH_TIMEOUT / 1000} s`)),
      FETCH_TIMEOUT,
    );
    try {
      const response = await fetch(src, { signal: abort.signal });
      clearTimeout(timer);
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      bundle = await response.json();
    } catch (error) {
      if (this.#loaded !== load) return;
      this.#pending = !this.#shown;
      const t = this.host.strings();
      this.host.fail(
        { message: t.bundleNotLoaded(src, (error as Error).message), source: 'src' },
        true,
      );
      return;
    } finally {
      clearTimeout(timer);
    }
    if (this.#loaded === load) await this.#check(bundle, 'src', this.host.strings().bundleAt(src));
  }

  // A merged bundle waits for the built-in sources, so every record shown has its own.
  async #check(bundle: unknown, source: 'src' | 'data', what: string): Promise<void> {
    const load = this.#loaded;
    const { mode } = load;
    try {
      // The checks come with the sources, in the file the element loads on demand.
      const { worldFromBundle, worldFromMergedBundle } = await import('../elements/on-demand.js');
      let world: World;
      if (mode === 'replace') world = worldFromBundle(bundle);
      else {
        await completeWorld();
        world = worldFromMergedBundle(builtInFacts(), bundle);
      }
      if (this.#loaded !== load) return;
      this.#pending = false;
      this.#use(world);
    } catch (error) {
      if (this.#loaded !== load) return;
      this.#pending = !this.#shown;
      // Only a DataError is expected; anything else is still reported, never thrown at the page.
      // (Asked by shape too: a second copy of the module, loaded under another URL, has its own
      // DataError class.)
      const problems =
        error instanceof DataError || (error as Error)?.name === 'DataError'
          ? (error as DataError).problems
          : undefined;
      this.host.fail(
        {
          message: this.host.strings().bundleNotUsed(what, (error as Error).message),
          source,
          ...(problems ? { problems } : {}),
        },
        // A bundle's own problems stay until it changes; anything else (the on-demand file that
        // holds the checks not reached) may pass, so the reader can try again.
        !problems,
      );
    }
  }
}
