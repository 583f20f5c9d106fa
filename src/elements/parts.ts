// Small templates the element composes: marker shapes, the legend, the explanation panel and the
// table view. Each is a pure function of its arguments; the element owns all state.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { BARRIER_PATH, MARKER_SHAPES } from '../map/marker-shapes.js';
import { en, type Locale, type Strings } from '../i18n/strings.js';
import type {
  Citation,
  DatacenterReach,
  Reach,
  Resolution,
  Source,
  World,
} from '../engine/core.js';

/** The marker shape for a reach, for the legend (the map draws the same MARKER_SHAPES). */
export function markerShape(reach: Reach) {
  return svg`<path class="shape" d=${MARKER_SHAPES[reach]}></path>`;
}

/** The mark for a law in the way: a bar across the marker, never colour alone. */
export const barrier = svg`<path class="barrier" d=${BARRIER_PATH}></path>`;

/** The reach names in English; the interface takes them from the reader's Strings. */
export const REACH_NAMES: Record<Reach, string> = en.reach;

/** lang="en" on content from the data (and the engine's sentences) when the interface speaks
 * another language; unset when it is English too, so nothing is marked twice. */
export const contentLang = (locale: Locale) => (locale.lang === 'en' ? nothing : 'en');

function swatch(className: string): TemplateResult {
  return html`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
    <rect class=${className} x="1" y="1" width="12" height="12" rx="2"></rect>
  </svg>`;
}

function reachSwatch(reach: Reach, conflicted = false): TemplateResult {
  return html`<svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
    <g class="marker ${reach}${conflicted ? ' conflicted' : ''}">
      ${markerShape(reach)}${conflicted ? barrier : nothing}
    </g>
  </svg>`;
}

// Play, pause, previous and next are drawn, like the zoom buttons' signs: ▶ has an emoji form
// that some systems show instead, and many fonts lack ❚.
const SIGNS = {
  play: 'M5 3.2v9.6L12.8 8Z',
  pause: 'M5.5 3.5v9M10.5 3.5v9',
  previous: 'M10 3.5 5.5 8l4.5 4.5',
  next: 'M6 3.5l4.5 4.5L6 12.5',
};

/**
 * A button showing a drawn sign. Its words are its accessible name and its title on hover (the
 * title may add a key, e.g. "Next step (→)").
 */
export function signButton(
  name: keyof typeof SIGNS,
  label: string,
  onClick: () => void,
  options: { title?: string; disabled?: boolean; className?: string } = {},
): TemplateResult {
  return html`<button
    type="button"
    class=${options.className ?? nothing}
    aria-label=${label}
    title=${options.title ?? label}
    aria-disabled=${options.disabled ? 'true' : nothing}
    @click=${onClick}
  >
    <svg class="sign" viewBox="0 0 16 16" aria-hidden="true">
      <path class=${name === 'play' ? 'solid' : ''} d=${SIGNS[name]}></path>
    </svg>
  </button>`;
}

/** The legend explains every encoding on the map. */
export function legend(
  t: Strings,
  open: boolean,
  onToggle: (open: boolean) => void,
  /** What a filter leaves out, said even while the legend is closed. */
  note = '',
): TemplateResult {
  // The entries are only rendered while the legend is open: a closed one costs one element.
  const title = note ? html`${t.legend} <span class="legend-note">· ${note}</span>` : t.legend;
  return html`<details
    class="legend"
    part="legend"
    ?open=${open}
    @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}
  >
    <summary>${title}</summary>
    ${open ? legendEntries(t) : nothing}
  </details>`;
}

const legendEntries = (t: Strings) => html`
  <ul aria-label=${t.legendCountries}>
    <li>${swatch('country requester')} ${t.legendRequester}</li>
    <li>${swatch('country provider')} ${t.legendProvider}</li>
    <li>${swatch('country data')} ${t.legendData}</li>
    <li>${swatch('country requested')} ${t.legendRequested}</li>
    <li>${swatch('country party')} ${t.legendParty}</li>
    <li>${swatch('country hatch-swatch')} ${t.legendConflict}</li>
  </ul>
  <ul aria-label=${t.legendDatacenters}>
    <li>${reachSwatch('direct')} ${t.reach.direct}</li>
    <li>${reachSwatch('assisted')} ${t.reach.assisted}</li>
    <li>${reachSwatch('contested')} ${t.reach.contested}</li>
    <li>${reachSwatch('none')} ${t.reach.none}</li>
    <li>${reachSwatch('direct', true)} ${t.legendBarrier}</li>
    <li>
      <svg width="24" height="10" viewBox="0 0 24 10" aria-hidden="true">
        <path class="arc" d="M2,8Q12,0 22,8"></path>
      </svg>
      ${t.legendPath}
    </li>
  </ul>
`;

/** The URL when it is http(s); a javascript:, data: or other URL from the data is no link. */
export function webUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const { protocol } = new URL(href);
    return protocol === 'https:' || protocol === 'http:' ? href : undefined;
  } catch {
    return undefined;
  }
}

function link(href: string | undefined, text: string): TemplateResult | string {
  const url = webUrl(href);
  return url ? html`<a href=${url} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

function sourceItem(locale: Locale, s: Source): TemplateResult {
  return html`<li>
    ${link(s.url, s.citation)} <span class="cite">${locale.t.checked(locale.date(s.checked))}</span>
  </li>`;
}

/** The explanation of a resolution: what, how, under which law, what stands in the way. */
/** Where the built-in sources stand: shown, not loaded yet (opening the list loads them), or failed. */
export interface SourcesStatus {
  state: 'ready' | 'idle' | 'loading' | 'failed';
  load: () => void;
}

export function explanation(
  locale: Locale,
  world: World,
  r: Resolution,
  sources: SourcesStatus,
): TemplateResult {
  const { t } = locale;
  const lang = contentLang(locale);
  const byRole = (role: Citation['role']) => r.citations.filter((c) => c.role === role);
  const laws = r.citations.filter((c) => c.role !== 'conflict');
  return html`
    <h2><span class="badge ${r.reach}">${t.reach[r.reach]}</span></h2>
    <p class="summary" lang=${lang}>${r.summary}</p>
    ${
      r.steps.length
        ? html`<h3>${t.path}</h3>
            <ol class="steps" lang=${lang}>
              ${r.steps.map((s) => html`<li>${s.label}</li>`)}
            </ol>`
        : nothing
    }
    ${
      laws.length
        ? html`<h3>${t.laws}</h3>
            <ul class="laws" lang=${lang}>
              ${laws.map((c) => {
                const i = world.instruments.get(c.instrument)!;
                return html`<li>
                  <strong>${link(i.url, i.shortTitle)}</strong>
                  <span class="cite">${c.citation}</span><br />${c.text}
                </li>`;
              })}
            </ul>`
        : nothing
    }
    ${
      byRole('conflict').length
        ? html`<h3>${t.inTheWay}</h3>
            <ul class="conflicts" lang=${lang}>
              ${byRole('conflict').map((c) => {
                const i = world.instruments.get(c.instrument)!;
                return html`<li class="conflict-item">
                  <strong>${link(i.url, i.shortTitle)}</strong>
                  <span class="cite">${c.citation}</span><br />${c.text}
                </li>`;
              })}
            </ul>`
        : nothing
    }
    ${
      r.timeToData
        ? html`<h3>${t.timeToData}</h3>
            <p lang=${lang}>${r.timeToData.text}</p>`
        : nothing
    }
    <details
      class="sources"
      @toggle=${(e: Event) => (e.target as HTMLDetailsElement).open && sources.load()}
    >
      <summary>
        ${sources.state === 'ready' ? t.sources(locale.count(r.sources.length)) : t.sourcesUnloaded}
      </summary>
      ${
        sources.state === 'ready'
          ? html`<ul lang=${lang}>
                ${r.sources.map((s) => sourceItem(locale, s))}
              </ul>
              ${sourceNotes(locale, world, r)}`
          : html`<p role="status">
              ${sources.state === 'failed' ? t.sourcesFailed : t.sourcesLoading}
            </p>`
      }
    </details>
  `;
}

/**
 * What the data says of its own sources for this answer: where they disagree, what is computed
 * or rests on one secondary source (the instruments' notes), and where the data center's place
 * comes from. They arrive with the sources.
 */
function sourceNotes(locale: Locale, world: World, r: Resolution) {
  const notes: (readonly [string, string | undefined])[] = [
    ...new Set(r.citations.map((c) => c.instrument)),
  ].map((id) => {
    const i = world.instruments.get(id)!;
    return [i.shortTitle, i.note] as const;
  });
  const dc = world.datacenters.get(r.request.datacenter);
  if (dc) notes.push([`${world.providers.get(dc.provider)!.name} ${dc.name}`, dc.note]);
  const written = notes.filter((n): n is readonly [string, string] => !!n[1]);
  if (!written.length) return nothing;
  return html`<h4>${locale.t.sourceNotes}</h4>
    <ul class="source-notes" lang=${contentLang(locale)}>
      ${written.map(([what, note]) => html`<li><strong>${what}</strong>: ${note}</li>`)}
    </ul>`;
}

/** A country's details: the instruments it is party to, its data centers, requests for them. */
export function countryDetails(
  locale: Locale,
  world: World,
  countryId: string,
  asOf: string,
  parties: (instrumentId: string) => string[],
  reaches: ReadonlyMap<string, DatacenterReach>,
  requestName: string,
  onClose: () => void,
  onSelectDatacenter: (id: string) => void,
): TemplateResult {
  const country = world.jurisdictions.get(countryId);
  if (!country) return html``;
  const instruments = [...world.instruments.values()].filter(
    (i) => i.kind !== 'judgment' && parties(i.id).includes(countryId),
  );
  const datacenters = [...world.datacenters.values()].filter((d) => d.country === countryId);
  const { t, date } = locale;
  const lang = contentLang(locale);
  return html`<section class="country-details" aria-labelledby="country-heading">
    <h2 id="country-heading" tabindex="-1">${locale.country(country.id, country.name)}</h2>
    <button type="button" @click=${onClose}>${t.close}</button>
    ${country.note ? html`<p lang=${lang}>${country.note}</p>` : nothing}
    <h3>${t.inForceFor(date(asOf))}</h3>
    ${
      instruments.length
        ? html`<ul>
            ${instruments.map((i) => {
              const party = i.parties?.find((p) => p.id === countryId);
              const from = party?.from ?? i.inForce;
              return html`<li>
                <span lang=${lang}>${link(i.url, i.shortTitle)}</span>
                <span class="cite">${from ? t.since(date(from)) : ''}</span>
              </li>`;
            })}
          </ul>`
        : html`<p>${t.noInstrument}</p>`
    }
    <h3>${t.datacentersHere}</h3>
    ${
      datacenters.length
        ? html`<ul>
            ${datacenters.map((d) => {
              const reach = reaches.get(d.id)?.reach ?? 'none';
              return html`<li>
                <button type="button" class="linklike" @click=${() => onSelectDatacenter(d.id)}>
                  ${world.providers.get(d.provider)!.name} ${d.name}
                </button>
                — <span lang=${lang}>${requestName}</span>${t.colon}${t.reachWords[reach]}
              </li>`;
            })}
          </ul>`
        : html`<p>${t.noneInData}</p>`
    }
  </section>`;
}

/** The table view: every data center's reach for the current request, synced with the map. */
export function reachTable(
  locale: Locale,
  world: World,
  reaches: ReadonlyMap<string, DatacenterReach>,
  selected: string,
  caption: string,
  onSelect: (id: string) => void,
  /** The row the keyboard is on (its button is the table's one tab stop), and where it moves. */
  active: string,
  onActive: (id: string) => void,
): TemplateResult {
  const { t } = locale;
  // By the country's name as the reader sees it, then the data center's (not by country code,
  // which put the United Arab Emirates first). Names made once, compared by one collator: a
  // site's bundle may have thousands of rows.
  const rows = [...world.datacenters.values()].map((d) => ({
    d,
    country: locale.country(d.country, world.jurisdictions.get(d.country)!.name),
    name: `${world.providers.get(d.provider)!.name} ${d.name}`,
  }));
  const collator = new Intl.Collator(locale.tag);
  rows.sort((a, b) => collator.compare(a.country, b.country) || collator.compare(a.name, b.name));
  // One tab stop for the whole table (86 rows were 86 Tab presses to get past it); the arrow keys,
  // Page Up/Down, Home and End move between rows, as in a listbox.
  const stop = [active, selected].find((id) => rows.some((r) => r.d.id === id)) ?? rows[0]?.d.id;
  const onKey = (e: KeyboardEvent) => {
    const buttons = [...(e.currentTarget as HTMLElement).querySelectorAll('button')];
    const at = buttons.indexOf(e.target as HTMLButtonElement);
    if (at < 0 || e.altKey || e.ctrlKey || e.metaKey) return;
    const to = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      PageDown: at + 10,
      PageUp: at - 10,
      Home: 0,
      End: buttons.length - 1,
    }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    buttons[Math.max(0, Math.min(buttons.length - 1, to))]!.focus();
  };
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">${t.datacenter}</th>
          <th scope="col">${t.country}</th>
          <th scope="col">${t.reachLabel}</th>
          <th scope="col">${t.inTheWay}</th>
        </tr>
      </thead>
      <tbody @keydown=${onKey}>
        ${rows.map(({ d, country, name }) => {
          const r = reaches.get(d.id);
          // The shown data center's button is marked current (aria-selected means nothing on
          // a plain table's row).
          // The data center heads its row: moving along a row, a screen reader said "Australia",
          // "Contested in court" without saying of which (the keyboard review).
          return html`<tr class=${d.id === selected ? 'current' : ''}>
            <th scope="row">
              <button
                type="button"
                tabindex=${d.id === stop ? 0 : -1}
                aria-current=${d.id === selected ? 'true' : 'false'}
                @click=${() => onSelect(d.id)}
                @focus=${() => onActive(d.id)}
              >
                ${name}
              </button>
            </th>
            <td>${country}</td>
            <td>${t.reach[r?.reach ?? 'none']}</td>
            <td>
              ${
                // A dash, as the comparison's empty cells: a blank cell was read as "blank", which
                // could as well mean not known (the keyboard review).
                (r?.conflicts ?? [])
                  .map((id) => world.instruments.get(id)!.shortTitle)
                  .join('; ') || '—'
              }
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
