// Presenting's two clocks: autoplay steps a scenario every so many seconds, and the date player
// moves the as-of date forward a month every tenth of a second. Each keeps one timer at a time,
// and both stop when the element leaves the page.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The date player's step: a month (30 days) every tenth of a second, a year in 1.2 s. */
const DAYS_PER_TICK = 30;
const TICK_MS = 100;

/** The longest autoplay delay: more overflows setTimeout's 32-bit milliseconds, and it fires at once. */
const MAX_SECONDS = 86_400;

export class PlaybackController implements ReactiveController {
  #stepTimer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The scenario step whose timer is running (a new step restarts it; the same one keeps it), or
   * what a reader last chose over it (an answer, a country).
   */
  #scheduledFor: unknown = null;
  /** Its pace: a new one restarts the step's wait from now (10 s changed to 2 waited the 10). */
  #scheduledSeconds = 0;
  /** A step was due when the element left the page: schedule again when it comes back. */
  #interrupted = false;
  #dateTimer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Calls `next` `seconds` after `step` first appeared (at most a day); asking again for the same
   * step at the same pace keeps its timer, and null cancels it.
   */
  stepAfter(step: unknown, seconds: number, next: () => void): void {
    if (step === null) {
      clearTimeout(this.#stepTimer);
      this.#scheduledFor = null;
      return;
    }
    if (this.#scheduledFor === step && this.#scheduledSeconds === seconds) return;
    clearTimeout(this.#stepTimer);
    this.#scheduledFor = step;
    this.#scheduledSeconds = seconds;
    this.#stepTimer = setTimeout(next, Math.min(seconds, MAX_SECONDS) * 1000);
  }

  /** Whether the date player is running. */
  get datesPlaying(): boolean {
    return this.#dateTimer !== undefined;
  }

  /** Shows each month's day from `from` (a day number) until `to`, then stops on its own. */
  playDates(from: number, to: number, show: (day: number) => void): void {
    this.stopDates();
    let day = from;
    this.#dateTimer = setInterval(() => {
      day = Math.min(to, day + DAYS_PER_TICK);
      show(day);
      if (day >= to) this.stopDates();
    }, TICK_MS);
    this.host.requestUpdate();
  }

  stopDates(): void {
    if (this.#dateTimer === undefined) return;
    clearInterval(this.#dateTimer);
    this.#dateTimer = undefined;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#interrupted = this.#scheduledFor !== null;
    this.stepAfter(null, 0, () => {});
    clearInterval(this.#dateTimer);
    this.#dateTimer = undefined;
  }

  hostConnected(): void {
    // Moved in the page (a slide deck re-parenting its slides): the step's timer starts again.
    if (this.#interrupted) this.host.requestUpdate();
    this.#interrupted = false;
  }
}
