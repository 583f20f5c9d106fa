// Small templates the element composes: marker shapes, the legend, the explanation panel and the
// table view. Each is a pure function of its arguments; the element owns all state.
import { html, nothing, svg, type TemplateResult } from 'lit';
import { BARRIER_PATH, MARKER_SHAPES } from '../map/marker-shapes.js';
import type {
  Citation,
  DatacenterReach,
  Reach,
  Resolution,
  Source,
  World,
} from '../engine/index.js';

/** The marker shape for a reach, for the legend (the map draws the same MARKER_SHAPES). */
export function markerShape(reach: Reach) {
  const spec = MARKER_SHAPES[reach];
  return spec.tag === 'circle'
    ? svg`<circle class="shape" r=${spec.r}></circle>`
    : svg`<path class="shape" d=${spec.d}></path>`;
}

/** The mark for a law in the way: a bar across the marker, never colour alone. */
export const barrier = svg`<path class="barrier" d=${BARRIER_PATH}></path>`;

export const REACH_NAMES: Record<Reach, string> = {
  direct: 'Direct',
  assisted: 'Through another state',
  contested: 'Contested in court',
  none: 'No route',
};

function swatch(className: string): TemplateResult {
  return html`<svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
    <rect class=${className} x="1" y="1" width="12" height="12" rx="2"></rect>
  </svg>`;
}

function reachSwatch(reach: Reach, conflicted = false): TemplateResult {
  return html`<svg width="18" height="18" viewBox="-9 -9 18 18" aria-hidden="true">
    <g class="marker ${reach}">${markerShape(reach)}${conflicted ? barrier : nothing}</g>
  </svg>`;
}

/** The legend explains every encoding on the map. */
export function legend(open: boolean, onToggle: (open: boolean) => void): TemplateResult {
  // The entries are only rendered while the legend is open: a closed one costs one element.
  return html`<details
    class="legend"
    part="legend"
    ?open=${open}
    @toggle=${(e: Event) => onToggle((e.target as HTMLDetailsElement).open)}
  >
    <summary>Legend</summary>
    ${open ? legendEntries : nothing}
  </details>`;
}

const legendEntries = html`
  <ul aria-label="Countries">
    <li>${swatch('country requester')} Requesting state</li>
    <li>${swatch('country provider')} Provider's home</li>
    <li>${swatch('country data')} Where the data is</li>
    <li>${swatch('country requested')} State asked for help</li>
    <li>${swatch('country party')} Party to a treaty used</li>
    <li>${swatch('country hatch-swatch')} Its law stands in the way</li>
  </ul>
  <ul aria-label="Data centers">
    <li>${reachSwatch('direct')} ${REACH_NAMES.direct}</li>
    <li>${reachSwatch('assisted')} ${REACH_NAMES.assisted}</li>
    <li>${reachSwatch('contested')} ${REACH_NAMES.contested}</li>
    <li>${reachSwatch('none')} ${REACH_NAMES.none}</li>
    <li>${reachSwatch('direct', true)} A law in the way</li>
    <li>
      <svg width="24" height="10" viewBox="0 0 24 10" aria-hidden="true">
        <path class="arc" d="M2,8Q12,0 22,8"></path>
      </svg>
      Path of the request, numbered
    </li>
  </ul>
`;

function link(href: string | undefined, text: string): TemplateResult | string {
  return href ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${text}</a>` : text;
}

function sourceItem(s: Source): TemplateResult {
  return html`<li>${link(s.url, s.citation)} <span class="cite">(checked ${s.checked})</span></li>`;
}

/** The explanation of a resolution: what, how, under which law, what stands in the way. */
export function explanation(world: World, r: Resolution): TemplateResult {
  const byRole = (role: Citation['role']) => r.citations.filter((c) => c.role === role);
  const laws = r.citations.filter((c) => c.role !== 'conflict');
  return html`
    <h2><span class="badge ${r.reach}">${REACH_NAMES[r.reach]}</span></h2>
    <p class="summary">${r.summary}</p>
    ${
      r.steps.length
        ? html`<h3>Path</h3>
            <ol class="steps">
              ${r.steps.map((s) => html`<li>${s.label}</li>`)}
            </ol>`
        : nothing
    }
    ${
      laws.length
        ? html`<h3>Laws, treaties and judgments</h3>
            <ul class="laws">
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
        ? html`<h3>In the way</h3>
            <ul class="conflicts">
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
        ? html`<h3>Time to data</h3>
            <p>${r.timeToData.text}</p>`
        : nothing
    }
    <details>
      <summary>Sources (${r.sources.length})</summary>
      <ul>
        ${r.sources.map(sourceItem)}
      </ul>
    </details>
  `;
}

/** A country's details: the instruments it is party to, its data centers, requests for them. */
export function countryDetails(
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
  return html`<section class="country-details" aria-labelledby="country-heading">
    <h2 id="country-heading">${country.name}</h2>
    <button type="button" @click=${onClose}>Close</button>
    ${country.note ? html`<p>${country.note}</p>` : nothing}
    <h3>In force for it on ${asOf}</h3>
    ${
      instruments.length
        ? html`<ul>
            ${instruments.map((i) => {
              const party = i.parties?.find((p) => p.id === countryId);
              return html`<li>
                ${link(i.url, i.shortTitle)}
                <span class="cite">from ${party?.from ?? i.inForce}</span>
              </li>`;
            })}
          </ul>`
        : html`<p>No instrument in the data binds it on this date.</p>`
    }
    <h3>Data centers here</h3>
    ${
      datacenters.length
        ? html`<ul>
            ${datacenters.map((d) => {
              const reach = reaches.get(d.id)?.reach ?? 'none';
              return html`<li>
                <button type="button" class="linklike" @click=${() => onSelectDatacenter(d.id)}>
                  ${world.providers.get(d.provider)!.name} ${d.name}
                </button>
                — ${requestName}: ${REACH_NAMES[reach].toLowerCase()}
              </li>`;
            })}
          </ul>`
        : html`<p>None in the data.</p>`
    }
  </section>`;
}

/** The table view: every data center's reach for the current request, synced with the map. */
export function reachTable(
  world: World,
  reaches: ReadonlyMap<string, DatacenterReach>,
  selected: string,
  caption: string,
  onSelect: (id: string) => void,
): TemplateResult {
  const rows = [...world.datacenters.values()].sort(
    (a, b) => a.country.localeCompare(b.country) || a.id.localeCompare(b.id),
  );
  return html`<div class="table-wrap">
    <table>
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Data center</th>
          <th scope="col">Country</th>
          <th scope="col">Reach</th>
          <th scope="col">In the way</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((d) => {
          const r = reaches.get(d.id);
          return html`<tr aria-selected=${d.id === selected ? 'true' : 'false'}>
            <td>
              <button type="button" @click=${() => onSelect(d.id)}>
                ${world.providers.get(d.provider)!.name} ${d.name}
              </button>
            </td>
            <td>${world.jurisdictions.get(d.country)!.name}</td>
            <td>${REACH_NAMES[r?.reach ?? 'none']}</td>
            <td>
              ${(r?.conflicts ?? []).map((id) => world.instruments.get(id)!.shortTitle).join('; ')}
            </td>
          </tr>`;
        })}
      </tbody>
    </table>
  </div>`;
}
