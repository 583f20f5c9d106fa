// The explanation panel beside the map (a selected country, the comparison, the answer with its
// sources, the year's legal events, downloads and the disclaimer) and a scenario's caption over
// it. Templates of the element's state, like controls.ts; every action goes back through `on`.
import { html, nothing, type TemplateResult } from 'lit';
import {
  legalEvents,
  partiesOn,
  type DatacenterReach,
  type Resolution,
  type ScenarioView,
  type World,
} from '../engine/core.js';
import { datacenterPlace } from '../engine/words.js';
import type { Locale } from '../i18n/strings.js';
import { dateOfDay, dayNumber } from './controls.js';
import { contentLang, countryDetails, explanation, signButton } from './parts.js';

export interface PanelState {
  world: World;
  locale: Locale;
  /** The answer shown, or null before the first valid request. */
  resolution: Resolution | null;
  /** The answer with the compare-* attributes applied, if any. */
  comparison: Resolution | null;
  /** The date the panel speaks of (the answer's, or today before one). */
  asOf: string;
  selectedCountry: string | null;
  /** The request type's name, for the selected country's details. */
  requestTypeName: string;
  reaches: ReadonlyMap<string, DatacenterReach>;
  /** Whether the answer's sources are here, on their way, or failed to load. */
  sources: 'ready' | 'idle' | 'loading' | 'failed';
  /** What a copy button last did (or the text to copy by hand). */
  notice: string;
  /** A site's bundle is on its way (no answer yet, and none asked of the reader). */
  loading: boolean;
  /** The request's attributes are wrong (said above the map): nothing is left to choose. */
  wrong: boolean;
  /** A state's name in the reader's language. */
  countryName(id: string): string;
  /** The same inside a sentence ("the United States" in English). */
  countryInSentence(id: string): string;
}

export interface PanelActions {
  closeCountry(): void;
  selectDatacenter(id: string): void;
  loadSources(): void;
  swapComparison(): void;
  download(format: 'png' | 'svg' | 'csv'): void;
  copyLink(): void;
  copyEmbed(): void;
}

export function panel(state: PanelState, on: PanelActions): TemplateResult {
  const { locale, world, resolution: r, asOf } = state;
  const { t } = locale;
  return html`<aside class="panel" part="panel" aria-label=${t.explanation}>
    ${
      state.selectedCountry
        ? countryDetails(
            locale,
            world,
            state.selectedCountry,
            asOf,
            (id) => partiesOn(world, id, asOf),
            state.reaches,
            state.requestTypeName,
            on.closeCountry,
            on.selectDatacenter,
          )
        : nothing
    }
    ${r && state.comparison ? comparison(state, r, state.comparison, on) : nothing}
    ${
      r
        ? explanation(locale, world, r, { state: state.sources, load: on.loadSources })
        : state.wrong
          ? nothing
          : html`<p>${state.loading ? t.loading : t.choose}</p>`
    }
    ${r ? legalYear(world, locale, r) : nothing}
    ${
      r
        ? html`<p class="downloads">
              <button type="button" @click=${() => on.download('png')}>${t.downloadPng}</button>
              <button type="button" @click=${() => on.download('svg')}>${t.downloadSvg}</button>
              <button type="button" @click=${() => on.download('csv')}>${t.downloadCsv}</button>
              <button type="button" @click=${on.copyLink}>${t.copyLink}</button>
              <button type="button" @click=${on.copyEmbed}>${t.copyEmbed}</button>
            </p>
            ${state.notice ? html`<p class="notice" role="status">${state.notice}</p>` : nothing}`
        : nothing
    }
    <p class="disclaimer">
      <strong>${t.notAdvice}</strong>${t.disclaimer(locale.date(world.checked))}
    </p>
  </aside>`;
}

/** The shown answer and the compared one side by side, row by row. */
function comparison(
  state: PanelState,
  r: Resolution,
  c: Resolution,
  on: PanelActions,
): TemplateResult {
  const { world } = state;
  const { t } = state.locale;
  const describe = (x: Resolution) => {
    const dc = world.datacenters.get(x.request.datacenter)!;
    const type = world.requestTypes.get(x.request.requestType)!;
    return t.describe(
      type.name,
      state.countryInSentence(x.request.requester),
      world.providers.get(dc.provider)!.name,
      datacenterPlace(dc),
    );
  };
  const titles = (ids: string[]) =>
    ids.map((id) => world.instruments.get(id)!.shortTitle).join('; ') || '—';
  const rows: [string, (x: Resolution) => string][] = [
    [t.request, describe],
    [t.reachLabel, (x) => t.reach[x.reach]],
    // The answer's instruments, named as the panel names them: a judgment that stands in the way
    // of a request is no route (a review found "Route: Microsoft Ireland (2d Cir. 2016)").
    [t.laws, (x) => titles(x.instruments)],
    [t.inTheWay, (x) => titles(x.conflicts)],
    [t.timeToData, (x) => x.timeToData?.text ?? '—'],
  ];
  return html`<section class="compare" aria-labelledby="jm-compare">
    <h3 id="jm-compare">${t.compared}</h3>
    <table>
      <thead>
        <tr>
          <td></td>
          <th scope="col">${t.onTheMap}</th>
          <th scope="col">${t.compared}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ([label, value]) =>
            html`<tr>
              <th scope="row">${label}</th>
              <td>${value(r)}</td>
              <td>${value(c)}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    <button type="button" @click=${on.swapComparison}>${t.swap}</button>
  </section>`;
}

/**
 * The legal events of the year up to the shown date that concern the answer: its instruments,
 * and those of the requester, the place of the data and a state asked (the provider's home only
 * through what the answer cites). Germany asking France for Microsoft's data was shown two US
 * courts' decisions on US warrants.
 */
function legalYear(world: World, locale: Locale, r: Resolution): TemplateResult | typeof nothing {
  const asOf = r.request.asOf;
  const from = dateOfDay(dayNumber(asOf) - 365);
  const states = new Set(r.jurisdictions.filter((j) => j.role !== 'provider').map((j) => j.id));
  const cited = new Set([...r.instruments, ...r.conflicts]);
  const concerns = (id: string) => {
    const i = world.instruments.get(id);
    if (!i) return false;
    if (cited.has(id)) return true;
    if (i.jurisdiction && states.has(i.jurisdiction)) return true;
    return (i.parties ?? []).some(
      (p) =>
        states.has(p.id) ||
        (world.jurisdictions.get(p.id)?.members ?? []).some((m) => states.has(m.id)),
    );
  };
  const events = legalEvents(world).filter(
    (e) => e.date > from && e.date <= asOf && concerns(e.instrument),
  );
  if (events.length === 0) return nothing;
  const { t, date } = locale;
  const lang = contentLang(locale);
  return html`<h3>${t.yearTo(date(asOf))}</h3>
    <ul class="events">
      ${events.map(
        (e) =>
          // The data's short title in English, the event's words in the reader's language.
          html`<li>
            <span class="cite">${date(e.date)}</span>
            <span lang=${lang}
              >${t.events ? world.instruments.get(e.instrument)!.shortTitle : e.label}</span
            >${t.events?.[e.kind]}
          </li>`,
      )}
    </ul>`;
}

export interface CaptionState {
  locale: Locale;
  view: ScenarioView;
  /** "step 2 of 7" in the reader's words and digits. */
  stepOf: string;
  showNotes: boolean;
  /** The built-in speaker notes come with the sources: whether they are here ('ready'). */
  notes: 'ready' | 'idle' | 'loading' | 'failed';
  playing: boolean;
  /** The reader has changed the request away from the step's: the caption no longer applies. */
  offScript: boolean;
}

export interface CaptionActions {
  previous(): void;
  next(): void;
  backToStep(): void;
  togglePlay(): void;
  toggleNotes(): void;
}

// Without notes for the step: none written, or the built-in ones still coming (or failed).
const notesMissing = ({ notes, locale: { t } }: CaptionState) =>
  notes === 'ready' ? t.noNotes : notes === 'failed' ? t.notesFailed : t.notesLoading;

/**
 * A scenario's caption on the map, large enough for the back of a room, with its step count. Its
 * buttons sit under the title, above the text: below it, they moved with each step's caption and
 * with the notes, and a second click in the same place missed (a hands-on review).
 */
export function caption(state: CaptionState, on: CaptionActions): TemplateResult {
  const { view, stepOf } = state;
  const { t } = state.locale;
  const lang = contentLang(state.locale);
  return html`<div class="caption" part="caption">
    <p class="caption-title">
      <span lang=${lang}>${view.title}</span>
      <span class="progress">· ${stepOf}</span>
    </p>
    <div class="caption-nav">
      ${signButton('previous', t.previousStep, on.previous, {
        title: `${t.previousStep} (←)`,
        disabled: view.step <= 1,
      })}
      <progress max=${view.steps} value=${view.step} aria-label=${stepOf}></progress>
      ${signButton('next', t.nextStep, on.next, {
        title: `${t.nextStep} (→)`,
        disabled: view.step >= view.steps,
      })}
      ${signButton(
        state.playing ? 'pause' : 'play',
        state.playing ? t.pause : t.play,
        on.togglePlay,
      )}
      <button
        type="button"
        aria-pressed=${state.showNotes ? 'true' : 'false'}
        @click=${on.toggleNotes}
      >
        ${t.notes}
      </button>
    </div>
    ${
      state.offScript
        ? html`<p class="caption-text off-script">
            ${t.offScript}
            <button type="button" @click=${on.backToStep}>
              ${t.backToStep(state.locale.count(view.step))}
            </button>
          </p>`
        : html`<p class="caption-text" lang=${lang}>${view.caption}</p>`
    }
    ${
      !state.offScript && state.showNotes
        ? // One status for "Loading the notes…" and the notes: they were a new element, and
          // arrived unannounced (the keyboard review).
          html`<p
            class="caption-notes"
            role="status"
            lang=${view.notes ? lang : nothing}
            .textContent=${view.notes ?? notesMissing(state)}
          ></p>`
        : nothing
    }
  </div>`;
}
