// The pickers above the map: the request type, the requesting state, the data center, the as-of
// date (slider, play, field) and the table toggle. A template of the element's state; every change
// goes back through `on`. The long lists and the date field wait for a reader (see `reached`).
import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { keyed } from 'lit/directives/keyed.js';
import { canIssue, legalEvents, today, type Jurisdiction, type World } from '../engine/core.js';
import type { Locale } from '../i18n/strings.js';
import { contentLang, signButton } from './parts.js';
import { styleProps } from './style-props.js';

/** The first day the date slider offers. */
export const SLIDER_START = '2001-01-01';
const DAY = 86_400_000;

/** A date a reader meant: YYYY-MM-DD from 1900 to 2199 that exists on the calendar. */
const wholeDate = (value: string) =>
  /^(19|2[01])\d\d-\d\d-\d\d$/.test(value) && dateOfDay(dayNumber(value)) === value;

/**
 * A date typed in the field is taken once the typing pauses (0.8 s), on Enter, Tab or leaving
 * the field, not at each whole date on the way: typing 02282019 over 2026-11-28 moved the map through
 * 2026-02-28 and 2026-02-02, each drawn and announced. A date picked from the calendar (no key
 * pressed just before) is taken at once.
 */
const typedAt = new WeakMap<HTMLInputElement, number>();
const pending = new WeakMap<HTMLInputElement, ReturnType<typeof setTimeout>>();
function takeDate(field: HTMLInputElement, take: (date: string) => void, now = false): void {
  clearTimeout(pending.get(field));
  const value = field.value;
  if (!wholeDate(value)) return;
  if (now || performance.now() - (typedAt.get(field) ?? -1e9) > 1000) take(value);
  else
    pending.set(
      field,
      // Dropped if the field shows another date by then: a step or a script set one since.
      setTimeout(() => (pending.delete(field), field.value === value && take(value)), 800),
    );
}

/** Days since 1970-01-01 of an ISO date, and back. */
export const dayNumber = (date: string) => Math.round(Date.parse(`${date}T00:00:00Z`) / DAY);
export const dateOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

export interface ControlsState {
  world: World;
  locale: Locale;
  requestType: string;
  requester: string;
  datacenter: string;
  /** The date of the answer shown. */
  asOf: string;
  /**
   * Whether a reader has reached the controls (a pointer over them, a press, focus). Until then
   * the requester select holds the chosen state only, the data centers' list is empty and the
   * date field is ISO text: made with the first render, the lists were a third of it on the
   * demo page (57 of 191 ms of CPU, 29 of them measuring the 250 options for the select's
   * width), and a first date field costs ~35 ms more (its locale's pattern and fields).
   */
  reached: boolean;
  playingDates: boolean;
  tableView: boolean;
  /** A state's name in the reader's language. */
  countryName(id: string): string;
}

export interface ControlsActions {
  /** A reader reached the controls (runs in the event's microtasks, before a list opens). */
  reach(): void;
  requestType(id: string): void;
  requester(id: string): void;
  /** A data center chosen: its id, the text in the field, and how many fit it (0 when none). */
  datacenter(id: string, typed: string, fitting: number): void;
  asOf(date: string): void;
  playDates(): void;
  toggleTable(): void;
}

export function controls(state: ControlsState, on: ControlsActions): TemplateResult {
  const { world, locale, asOf, reached } = state;
  const { t, date, tag } = locale;
  const type = world.requestTypes.get(state.requestType);
  const min = dayNumber(SLIDER_START);
  const max = dayNumber(today());
  const dcLabel = (id: string) => {
    const d = world.datacenters.get(id)!;
    return `${world.providers.get(d.provider)!.name} ${d.name} — ${d.city}, ${state.countryName(d.country)} (${d.id})`;
  };
  // The pickers are made whole when a reader comes near one (a label or a field), not for the
  // Table or ▶ buttons beside them: a first tap on Table made both in one task.
  const reachPickers = (e: Event) => {
    if ((e.target as Element).closest?.('label, input')) on.reach();
  };
  const shownDatacenter = world.datacenters.has(state.datacenter)
    ? dcLabel(state.datacenter)
    : state.datacenter;
  return html`<form
    class="controls"
    part="controls"
    @submit=${(e: Event) => e.preventDefault()}
    @pointerover=${reachPickers}
    @pointerdown=${reachPickers}
    @focusin=${reachPickers}
  >
    <label class="control">
      <span>${t.request}</span>
      <select
        .value=${state.requestType}
        @change=${(e: Event) => on.requestType((e.target as HTMLSelectElement).value)}
      >
        ${
          // An unknown request type shows as itself, not as the list's first (the message
          // beside the map says what is wrong with it).
          type
            ? nothing
            : html`<option value=${state.requestType} selected disabled>
                ${state.requestType}
              </option>`
        }
        ${[...world.requestTypes.values()].map(
          (t) =>
            // The data's names are English: marked so in another interface language.
            html`<option
              value=${t.id}
              ?selected=${t.id === state.requestType}
              lang=${contentLang(locale)}
            >
              ${
                // The names are written to sit inside a sentence ("a mutual legal assistance
                // request"); in a list, each begins with a capital, as "US warrant…" does.
                t.name.charAt(0).toLocaleUpperCase('en') + t.name.slice(1)
              }
            </option>`,
        )}
      </select>
    </label>
    <label class="control">
      <span>${t.from}</span>
      <select
        .value=${state.requester}
        @change=${(e: Event) => on.requester((e.target as HTMLSelectElement).value)}
      >
        ${
          // An unknown requester (or a union) shows as itself, as a request type does; the
          // picker was blank.
          world.jurisdictions.get(state.requester)?.kind === 'country'
            ? nothing
            : html`<option value=${state.requester} selected disabled>${state.requester}</option>`
        }
        ${
          // The long lists (every state, every data center, every legal event) are made again
          // only when what they show changes, not on each answer: at 5,000 data centers and
          // 500 instruments they were most of the time of a click.
          // Keyed by the state while the list holds only that one: a reused <option> given a
          // new value keeps its old selectedness, and the select showed nothing (the select's
          // value is set before its options change).
          keyed(
            reached ? '' : state.requester,
            guard([world, locale, type, asOf, state.requester, reached], () =>
              (reached
                ? [...world.jurisdictions.values()]
                : // Until a reader reaches the pickers: the chosen state only (see `reached`).
                  [world.jurisdictions.get(state.requester)]
              )
                // A union requests nothing (canIssue would throw), and an unknown id is no entry.
                .filter((j): j is Jurisdiction => j !== undefined && j.kind !== 'union')
                .map((j) => ({ id: j.id, name: state.countryName(j.id) }))
                .sort((a, b) => a.name.localeCompare(b.name, tag))
                .map((j) => {
                  const can = type
                    ? canIssue(world, { requestType: type.id, requester: j.id, asOf }).can
                    : true;
                  return html`<option value=${j.id} ?selected=${j.id === state.requester}>
                    ${j.name}${can ? '' : t.cannotIssue}
                  </option>`;
                }),
            ),
          )
        }
      </select>
    </label>
    <label class="control">
      <span>${t.datacenter}</span>
      <input
        type="search"
        list="jm-datacenters"
        .value=${shownDatacenter}
        @blur=${(e: Event) => {
          const field = e.target as HTMLInputElement;
          if (field.value !== shownDatacenter) field.value = shownDatacenter;
        }}
        @change=${(e: Event) => {
          // "Provider Name — City, Country (id)" from the list, an id typed by hand, or words
          // ("frankfurt", "aws dublin"): the data center whose label holds them all, if only one.
          const value = (e.target as HTMLInputElement).value;
          const id = value.match(/\(([a-z0-9-]+)\)$/)?.[1] ?? value.trim();
          if (world.datacenters.has(id)) return on.datacenter(id, value, 1);
          const words = value.toLowerCase().split(/\s+/).filter(Boolean);
          const fitting = words.length
            ? [...world.datacenters.keys()].filter((key) => {
                const label = dcLabel(key).toLowerCase();
                return words.every((word) => label.includes(word));
              })
            : [];
          // Words that fit none leave the field showing the data center still shown. Words that
          // fit several stay, for the list to show those (it showed the old name's, and the
          // words were to be typed again; the keyboard review), until the field is left.
          if (!fitting.length) (e.target as HTMLInputElement).value = shownDatacenter;
          on.datacenter(fitting.length === 1 ? fitting[0]! : id, value, fitting.length);
        }}
      />
      <datalist id="jm-datacenters">
        ${guard([world, locale, reached], () =>
          reached
            ? [...world.datacenters.keys()].map(
                (id) => html`<option value=${dcLabel(id)}></option>`,
              )
            : nothing,
        )}
      </datalist>
    </label>
    <div class="control date">
      <span id="jm-date-label">${t.asOf(date(asOf))}</span>
      <div class="date-row">
        <div class="slider">
          <input
            type="range"
            aria-label=${
              // A name of its own, not the label above it: that held the date, which a screen
              // reader then said twice, and anew at each arrow (the keyboard review).
              t.asOfDate
            }
            aria-valuetext=${date(asOf)}
            min=${min}
            max=${max}
            .value=${String(Math.min(max, Math.max(min, dayNumber(asOf))))}
            @input=${(e: Event) => on.asOf(dateOfDay(Number((e.target as HTMLInputElement).value)))}
          />
          <div class="ticks" aria-hidden="true">
            ${guard([world, locale, max], () =>
              legalEvents(world)
                .filter((e) => e.date >= SLIDER_START && e.date <= today())
                .map(
                  (e) =>
                    html`<i
                      title="${date(e.date)} — ${
                        // As the panel's list of the year's events says it (panel.ts).
                        t.events
                          ? world.instruments.get(e.instrument)!.shortTitle + t.events[e.kind]
                          : e.label
                      }"
                      style=${styleProps({ left: `${((dayNumber(e.date) - min) / (max - min)) * 100}%` })}
                    ></i>`,
                ),
            )}
          </div>
        </div>
        ${signButton(
          state.playingDates ? 'pause' : 'play',
          state.playingDates ? t.pauseYears : t.playYears,
          on.playDates,
          { className: 'play-dates' },
        )}
        ${keyed(
          reached,
          html`<input
            class="date-field"
            type=${
              // A date field costs ~35 ms to make and lay out the first time on a page (its
              // locale's pattern and fields): ISO text until a reader reaches the controls.
              reached ? 'date' : 'text'
            }
            aria-label=${t.asOfDate}
            min=${SLIDER_START}
            .value=${asOf}
            @change=${(e: Event) =>
              // A date field reports each digit of a year as it is typed (0002, 0020, 0201,
              // 2019) and takes six-digit years: only a whole, real date from 1900 to 2199 is
              // taken; anything else waits for more typing, and is put back when the field is
              // left.
              takeDate(e.target as HTMLInputElement, on.asOf)}
            @keydown=${(e: KeyboardEvent) => {
              const field = e.target as HTMLInputElement;
              if (e.key === 'Enter' || e.key === 'Tab') takeDate(field, on.asOf, true);
              else typedAt.set(field, performance.now());
            }}
            @input=${(e: Event) => {
              // A day that does not exist (30 February) leaves the field showing it with no
              // value: say so, rather than leave the map on another date without a word.
              const field = e.target as HTMLInputElement;
              field.ariaInvalid = String(field.validity.badInput);
            }}
            @blur=${(e: Event) => {
              const field = e.target as HTMLInputElement;
              if (pending.has(field)) takeDate(field, on.asOf, true);
              if (!wholeDate(field.value)) field.value = asOf;
              field.ariaInvalid = null;
            }}
          />`,
        )}
      </div>
    </div>
    <button
      type="button"
      aria-pressed=${state.tableView ? 'true' : 'false'}
      @click=${on.toggleTable}
    >
      ${
        // One name, pressed or not: a toggle's name that also changed ("Map, pressed") said the
        // opposite of its state.
        t.table
      }
    </button>
  </form>`;
}
