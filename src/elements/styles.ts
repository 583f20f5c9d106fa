// The element's styles. Colours come from CSS custom properties on :host so a page can theme the
// map; the defaults are the Okabe–Ito palette, readable with colour-vision deficiencies, and every
// meaning also has a shape or a pattern.
import { css } from 'lit';

/** The dark theme's colours, used by the theme attribute and by the system setting. */
const darkPalette = css`
  --jm-text: #e6e9ef;
  --jm-muted: #aab3c2;
  --jm-background: #12161f;
  --jm-surface: #1b2130;
  --jm-border: #3a445a;
  --jm-ocean: #0f1a2a;
  --jm-land: #3a4151;
  --jm-land-border: #12161f;
  --jm-graticule: #1c283a;
  --jm-party: #2c4a6b;
  --jm-party-edge: #6f9fd0;
  --jm-requester: #56b4e9;
  --jm-provider: #d58bbb;
  --jm-data: #e69f00;
  --jm-data-edge: #e69f00;
  --jm-requested: #2bb38a;
  --jm-conflict: #ff7a3d;
  --jm-direct: #2bb38a;
  --jm-assisted: #56b4e9;
  --jm-contested: #e69f00;
  --jm-none: #9aa3b2;
  --jm-arc: #e6e9ef;
  --jm-focus: #8ab4ff;
  --jm-badge-text: #12161f;
  --jm-error-background: #3a2414;
  --jm-error-text: #ffd9c2;
  color-scheme: dark;
`;

export const styles = css`
  :host {
    --jm-font: inherit;
    --jm-text: #1d2433;
    --jm-muted: #4a5568;
    --jm-background: #ffffff;
    --jm-surface: #f5f7fa;
    --jm-border: #c9d1dc;
    --jm-ocean: #eef4f9;
    --jm-land: #dcdfe3;
    --jm-land-border: #ffffff;
    --jm-graticule: #d8e2ec;
    --jm-party: #b9d3ea;
    --jm-party-edge: #4f7fae;
    --jm-requester: #0072b2;
    --jm-provider: #a6538a;
    --jm-data: #c77a00;
    --jm-data-edge: #8b5500;
    --jm-requested: #007a56;
    --jm-conflict: #c44100;
    --jm-direct: #007a56;
    --jm-assisted: #0072b2;
    --jm-contested: #b35c00;
    --jm-none: #6b7280;
    --jm-arc: #1d2433;
    --jm-focus: #1a5fb4;
    --jm-radius: 6px;
    display: block;
    position: relative;
    min-width: 300px;
    min-height: 240px;
    height: 560px;
    font-family: var(--jm-font);
    color: var(--jm-text);
    background: var(--jm-background);
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  /* Dark: by the theme attribute, or by the reader's system unless theme="light". */
  :host([theme='dark' i]) {
    ${darkPalette}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light' i])) {
      ${darkPalette}
    }
  }
  * {
    box-sizing: border-box;
  }
  /* The map keeps at least 180 px of height: an element shorter than its pickers and that
     scrolls inside itself (at 320×240 the pickers took all of it and the map none). Not more: a
     narrow map scrolls its own rows (the map, then the panel), and at 480×420 a minimum of 200
     made the frame scroll by 3 px around it. */
  .frame {
    display: grid;
    grid-template-rows: auto minmax(180px, 1fr);
    height: 100%;
    overflow-y: auto;
    container: jm / inline-size;
  }
  .body {
    /* Row 2 even when the controls (row 1) are hidden. */
    grid-row: 2;
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(260px, 34%);
    grid-template-rows: minmax(0, 1fr);
    min-height: 0;
  }
  .body.no-panel {
    grid-template-columns: minmax(0, 1fr);
  }
  @container jm (max-width: 45em) {
    .body {
      grid-template-columns: minmax(0, 1fr);
      grid-template-rows: clamp(220px, 75cqw, 520px) auto;
      overflow: auto;
    }
  }

  /* The light placeholder of a lazy map that has not been seen yet (and of a map awaiting its
     words). */
  .placeholder {
    display: grid;
    place-items: center;
    height: 100%;
    background: var(--jm-ocean);
    color: var(--jm-muted);
    font-size: 0.9rem;
  }
  /* A map awaiting its words (French, fetched on first use) shows its box at once, and says it
     is loading only if that takes a moment: a fast load flashes no text before the map. */
  .placeholder.waiting {
    animation: jm-after-a-moment 0s 0.4s both;
  }
  @keyframes jm-after-a-moment {
    from {
      color: transparent;
    }
  }

  /* The first map waits for a site's bundle. */
  .data-loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    margin: 0;
    color: var(--jm-muted);
    font-size: 0.9rem;
  }

  /* Controls */
  .controls {
    display: grid;
    /* The date's column is never narrower than its row (slider, ▶ and field): at 14rem it was,
       and the field ran under the Table button at 920-1140 px. */
    grid-template-columns:
      minmax(10rem, 1.2fr) minmax(8rem, 0.8fr) minmax(12rem, 1.4fr) minmax(auto, 1.6fr)
      auto;
    gap: 0.5rem 0.75rem;
    align-items: end;
    padding: 0.5rem 0.75rem;
    background: var(--jm-surface);
    border-bottom: 1px solid var(--jm-border);
    font-size: 0.875rem;
  }
  .control {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    min-width: 0;
  }
  .control > span {
    font-weight: 600;
    font-size: 0.75rem;
    color: var(--jm-muted);
  }
  select,
  input,
  button {
    font: inherit;
    color: inherit;
  }
  select,
  input[type='search'],
  .date-field {
    min-height: 2rem;
    padding: 0.2rem 0.4rem;
    border: 1px solid var(--jm-border);
    border-radius: var(--jm-radius);
    background: var(--jm-background);
    max-width: 100%;
  }
  /* Its column's minimum (minmax(auto, …) above): the slider, ▶ and field side by side. */
  .control.date {
    min-width: min-content;
  }
  /* Narrower, the pickers take two rows, then three, and leave no empty cell: Table sits in a
     last column of its own width beside the date, and the data center's label reaches into it
     above. The order on screen stays the order of Tab. (Two columns left a hole beside the data
     center and one beside Table, and took four rows at 721-980 px.) Ranges, so that the spans
     add no columns to the phone's single one. */
  @container jm (26.25em < width <= 61.25em) {
    .controls {
      grid-template-columns: 1fr 1fr 1fr auto;
    }
    .control:nth-child(3) {
      grid-column: span 2;
    }
    .control.date {
      grid-column: 1 / -2;
    }
  }
  @container jm (26.25em < width <= 45em) {
    .controls {
      grid-template-columns: 1fr 1fr auto;
    }
    .control:nth-child(2) {
      grid-column: span 2;
    }
    .control:nth-child(3) {
      grid-column: 1 / -1;
    }
  }
  @container jm (max-width: 26.25em) {
    .controls {
      grid-template-columns: 1fr;
    }
    /* At 320 px the field goes under the slider rather than past the edge. */
    .control.date {
      min-width: 0;
    }
    .date-row {
      flex-wrap: wrap;
    }
  }
  select,
  input[type='search'] {
    width: 100%;
  }
  /* ISO text until the controls are reached (jurisdiction-map.ts #reached), then a date field:
     both 11em, so nothing moves (a date field needs 8.7-10.3em in common fonts). The date field
     may grow past it: its parts follow the browser's locale, and some write longer dates. */
  .date-field {
    box-sizing: border-box;
    width: 11em;
    flex: none;
  }
  /* 30 February typed in: the field shows it but holds no date (controls.ts). */
  .date-field[aria-invalid='true'] {
    border-color: var(--jm-conflict);
    box-shadow: 0 0 0 1px var(--jm-conflict);
  }
  .date-field[type='date'] {
    width: auto;
    min-width: 11em;
  }
  .date-row {
    display: flex;
    gap: 0.5rem;
    align-items: center;
  }
  .slider {
    position: relative;
    flex: 1;
    min-width: 7rem;
  }
  .slider input {
    width: 100%;
    /* 24 px to tap (it was 16). */
    height: 24px;
    margin: 0;
    /* Its ring within its own box: outside it, it cut the date label's letters above. */
    outline-offset: -2px;
  }
  .ticks {
    position: relative;
    height: 6px;
    margin: 0 8px;
  }
  .ticks i {
    position: absolute;
    top: 0;
    width: 1px;
    height: 6px;
    background: var(--jm-muted);
  }
  /* Forced colours drop backgrounds: the legal events' marks, and a pressed toggle (the Table
     button, which looked the same on and off), are drawn in the text colour. */
  @media (forced-colors: active) {
    .ticks i,
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }
  }
  button {
    min-height: 2rem;
    padding: 0.2rem 0.6rem;
    border: 1px solid var(--jm-border);
    border-radius: var(--jm-radius);
    background: var(--jm-background);
    cursor: pointer;
  }
  button:hover {
    background: var(--jm-surface);
  }
  /* A button with nothing to do (Next at the last step) stays focusable, aria-disabled rather
     than disabled: a disabled button drops the keyboard's focus to the page, where a clicker's
     next key found no map. Its sign is dimmed (and its click does nothing); not the button, whose
     focus ring then fell to about 2:1. */
  button[aria-disabled='true'] {
    cursor: default;
    background: var(--jm-background);
  }
  button[aria-disabled='true'] .sign {
    opacity: 0.4;
  }
  /* A toggle that is on looks pressed (the Table button keeps its name either way). */
  button[aria-pressed='true'] {
    background: var(--jm-text);
    border-color: var(--jm-text);
    color: var(--jm-background);
  }
  :focus-visible {
    outline: 3px solid var(--jm-focus);
    outline-offset: 2px;
  }
  /* The map's own ring inside its box (outside, the frame's scrolling clipped it away), over
     what is drawn in it (an outline went under the map, the caption and the buttons). */
  .stage:focus-visible {
    outline: none;
  }
  .stage:focus-visible::after {
    content: '';
    position: absolute;
    inset: 0;
    z-index: 4;
    border: 3px solid var(--jm-focus);
    pointer-events: none;
  }

  /* Map */
  .stage {
    position: relative;
    display: flex;
    flex-direction: column;
    min-height: 200px;
    overflow: hidden;
    background: var(--jm-ocean);
  }
  /* The map and everything drawn over it; the caption sits over it on a wide map, above it on a phone. */
  .map-area {
    position: relative;
    flex: 1;
    min-height: 0;
  }
  svg.map {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: block;
    user-select: none;
  }
  /* One screen pixel in the base map's units at any zoom (--bs: the base map's scale to this
     size; --k: the zoom), so the borders keep their width. Not vector-effect: non-scaling-stroke,
     with which the browser copies and transforms every country's path at each layout: 4 of the
     19 ms a map's first layout took here, and again at each frame of a zoom. */
  .base {
    --px: calc(1px / var(--k, 1) / var(--bs, 1));
  }
  .sphere {
    fill: var(--jm-ocean);
    stroke: var(--jm-border);
    stroke-width: var(--px, 1px);
  }
  .graticule {
    fill: none;
    stroke: var(--jm-graticule);
    stroke-width: calc(0.5 * var(--px, 1px));
  }
  .country {
    fill: var(--jm-land);
    stroke: var(--jm-land-border);
    stroke-width: calc(0.5 * var(--px, 1px));
    transition: fill 0.6s;
    cursor: pointer;
  }
  .country.party {
    fill: var(--jm-party);
  }
  .country.requester {
    fill: var(--jm-requester);
  }
  .country.provider {
    fill: var(--jm-provider);
  }
  .country.data {
    fill: var(--jm-data);
  }
  .country.requested {
    fill: var(--jm-requested);
  }
  /* The pointer's country, outlined over its neighbours and its hatching (jurisdiction-map.ts). */
  .hover-ring {
    fill: none;
    stroke: var(--jm-text);
    stroke-width: var(--px, 1px);
    pointer-events: none;
  }
  /* Drawn over all the land (jurisdiction-map.ts, edges). The parties' fill is kept light (it is
     context, not the answer), so their edge carries the contrast: 3:1 or more against the land
     around them, as WCAG 1.4.11 asks of a graphic a reader needs (the fill alone is 1.2:1); the
     data's edge holds the light theme's 3:1 (its orange fill is 2.5:1). */
  .edge {
    fill: none;
    pointer-events: none;
  }
  .edge.party {
    stroke: var(--jm-party-edge);
    stroke-width: var(--px, 1px);
  }
  .edge.data {
    stroke: var(--jm-data-edge);
    stroke-width: calc(2 * var(--px, 1px));
  }
  /* The legend's swatches (on screen and in pictures) show the edges too. */
  rect.party {
    stroke: var(--jm-party-edge);
    stroke-width: 1px;
  }
  rect.data {
    stroke: var(--jm-data-edge);
    stroke-width: 2px;
  }
  /* The selected country's edge on a halo of the background: the focus blue alone was 1.2:1 on
     the requester's blue. */
  .edge.focused-halo {
    stroke: var(--jm-background);
    stroke-width: calc(5.5 * var(--px, 1px));
  }
  .edge.focused {
    stroke: var(--jm-focus);
    stroke-width: calc(2.5 * var(--px, 1px));
  }
  .outline {
    fill: none;
    stroke: none;
    pointer-events: none;
  }
  .outline:focus {
    outline: none;
  }
  .outline-halo {
    fill: none;
    stroke: none;
    pointer-events: none;
  }
  .outline-halo:has(+ .outline:focus-visible) {
    stroke: var(--jm-background);
    stroke-width: calc(7 * var(--px, 1px));
    stroke-linejoin: round;
  }
  .outline:focus-visible {
    stroke: var(--jm-text);
    stroke-width: calc(3 * var(--px, 1px));
    stroke-linejoin: round;
  }
  .hatch {
    fill: url(#jm-hatch);
    pointer-events: none;
    stroke: var(--jm-conflict);
    stroke-width: calc(1.5 * var(--px, 1px));
  }
  .hatch-line {
    stroke: var(--jm-conflict);
    stroke-width: 2.5;
  }
  .arc {
    fill: none;
    stroke: var(--jm-arc);
    stroke-width: 2.5;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }
  .arc-halo {
    fill: none;
    stroke: var(--jm-background);
    stroke-width: 5.5;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
    opacity: 0.85;
  }
  .step-mark {
    transform: translate(calc(var(--x) * 1px), calc(var(--y) * 1px))
      scale(calc(var(--ms, 1) / var(--k, 1)));
    /* Drawn over the markers, but a click goes through to the marker under a badge. */
    pointer-events: none;
  }
  /* The map's texts share one face and size (12 px bold: the names, these numbers, the legend's
     title): each other size or weight is one more font look-up, a blocking call to the browser
     process, in the first layout (about 6 ms of it at full speed here). */
  .step-number {
    font-size: 12px;
    font-weight: 700;
    fill: var(--jm-background);
  }
  .step-badge {
    fill: var(--jm-arc);
  }
  .pulse {
    fill: none;
    stroke: var(--jm-arc);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }
  /* Placed and scaled by its transform attribute (marker-layer.ts), the same size at any zoom. */
  .marker {
    cursor: pointer;
  }
  .marker .shape {
    stroke: var(--jm-background);
    stroke-width: 1.2;
    transition: fill 0.4s;
  }
  .marker.direct .shape {
    fill: var(--jm-direct);
  }
  .marker.assisted .shape {
    fill: var(--jm-assisted);
  }
  .marker.contested .shape {
    fill: var(--jm-contested);
  }
  .marker.none .shape {
    fill: var(--jm-background);
    stroke: var(--jm-none);
    stroke-width: 1.5;
  }
  .marker .barrier {
    stroke: var(--jm-conflict);
    stroke-width: 2.2;
    stroke-linecap: round;
  }
  .marker:not(.conflicted) .barrier,
  .marker:not(.selected) .ring {
    display: none;
  }
  .marker .ring {
    fill: none;
    stroke: var(--jm-text);
    stroke-width: 2;
  }
  .marker.selected .shape {
    stroke: var(--jm-text);
  }
  .marker:focus {
    outline: none;
  }
  .marker:focus-visible .ring,
  .marker:focus-visible .focus-ring {
    stroke: var(--jm-focus);
    stroke-width: 3;
  }
  /* A larger invisible target around each marker makes small markers easy to click and tap
     (one path for all; the element finds the nearest marker). */
  .hit-area,
  .marker .focus-ring {
    fill: transparent;
    stroke: none;
  }
  .hit-area {
    cursor: pointer;
  }
  /* A large bundle's markers: one path per look (marker-layer.ts sets the stroke widths), on a
     layer of their own, so the path animating under them does not repaint 5,000 markers a frame. */
  .dense {
    will-change: transform;
  }
  .dense path {
    cursor: pointer;
  }
  .dense-shape {
    stroke: var(--jm-background);
  }
  .dense-shape.direct {
    fill: var(--jm-direct);
  }
  .dense-shape.assisted {
    fill: var(--jm-assisted);
  }
  .dense-shape.contested {
    fill: var(--jm-contested);
  }
  .dense-shape.none {
    fill: var(--jm-background);
    stroke: var(--jm-none);
  }
  /* No answer yet (the request's attributes are wrong): the data centers in one plain colour, not
     as "no route". */
  .unanswered .marker .shape,
  .unanswered .dense-shape {
    fill: var(--jm-muted);
    stroke: var(--jm-background);
  }
  .dense-barrier {
    fill: none;
    stroke: var(--jm-conflict);
    stroke-linecap: round;
  }
  .leader {
    fill: none;
    stroke: var(--jm-muted);
    stroke-width: 0.75;
    pointer-events: none;
  }
  .label {
    font-size: 12px;
    font-weight: 700;
    fill: var(--jm-text);
    stroke: var(--jm-background);
    stroke-width: 3px;
    paint-order: stroke;
    pointer-events: none;
    text-anchor: middle;
    transform: translate(calc(var(--x) * 1px), calc(var(--y) * 1px))
      scale(calc(var(--ms, 1) / var(--k, 1)));
  }
  .label.spot {
    pointer-events: auto;
    cursor: pointer;
  }
  /* No room for this name at this zoom (placeLabels). */
  .label.crowded {
    visibility: hidden;
  }

  /* Overlays on the map */
  .zoom-buttons {
    position: absolute;
    top: 0.5rem;
    right: 0.5rem;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .zoom-buttons button {
    width: 2.25rem;
    height: 2.25rem;
    padding: 0;
    font-size: 1.1rem;
    line-height: 1;
  }
  /* The zoom buttons draw their signs: no font lookup, and ⟲ is missing from many fonts. */
  .zoom-buttons .icon {
    display: block;
    width: 1.1rem;
    height: 1.1rem;
    margin: auto;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  /* The signs of play, pause, previous and next (parts.ts), as large as the button's text. */
  .sign {
    display: block;
    width: 1em;
    height: 1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.8;
    stroke-linecap: round;
    stroke-linejoin: round;
  }
  .sign .solid {
    fill: currentColor;
  }
  .legend {
    position: absolute;
    left: 0.5rem;
    bottom: 0.5rem;
    /* Clear of the zoom buttons on the right (an open legend covered them at 320 × 200). */
    max-width: calc(100% - 3.5rem);
    padding: 0.4rem 0.6rem;
    background: color-mix(in srgb, var(--jm-background) 92%, transparent);
    border: 1px solid var(--jm-border);
    border-radius: var(--jm-radius);
    font-size: 0.75rem;
  }
  .legend summary {
    cursor: pointer;
    font-weight: 700;
  }
  .legend-note {
    font-weight: 400;
    color: var(--jm-muted);
  }
  /* Every summary is at least 24 px high to tap (WCAG 2.5.8; the legend's was 14 px). */
  summary {
    min-height: 24px;
    padding-block: 4px;
    box-sizing: border-box;
  }
  .legend ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.2rem 0.8rem;
    margin: 0.3rem 0 0;
    padding: 0;
    list-style: none;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.3rem;
  }
  .legend svg {
    flex: none;
  }
  .legend .country {
    transition: none;
  }
  /* The legend's hatching is in screen pixels (#jm-hatch-legend): the map's, in the base map's
     units, showed one corner of one stripe in a 12 px swatch. */
  .country.hatch-swatch {
    fill: url(#jm-hatch-legend);
    stroke: var(--jm-conflict);
  }
  /* Centred above its point, but kept inside the map area (near an edge of a phone's map it ran
     off it, or was squeezed to a word a line): a translate's percentages are the tip's own size. */
  .tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 2;
    width: max-content;
    max-width: min(18rem, calc(100% - 1rem));
    padding: 0.35rem 0.5rem;
    background: var(--jm-text);
    color: var(--jm-background);
    border-radius: var(--jm-radius);
    font-size: 0.8rem;
    pointer-events: none;
    --tip-left: clamp(0.5rem, calc(var(--tip-x) - 50%), calc(var(--tip-room) - 100% - 0.5rem));
    translate: var(--tip-left) max(0.5rem, calc(var(--tip-y) - 100% - 10px));
  }
  /* Below its point, near the map's top (--tip-y is then the point's bottom). */
  .tooltip.below {
    translate: var(--tip-left) calc(var(--tip-y) + 10px);
  }
  .error {
    position: absolute;
    top: 0.5rem;
    left: 0.5rem;
    right: 3.5rem;
    z-index: 3;
    display: flex;
    gap: 0.5rem;
    align-items: start;
    padding: 0.5rem 0.75rem;
    background: var(--jm-error-background, #fff4e5);
    color: var(--jm-error-text, #5c2b00);
    border: 1px solid var(--jm-conflict);
    border-radius: var(--jm-radius);
    font-size: 0.875rem;
    /* A long list of a bundle's problems scrolls inside the map rather than running off it. */
    max-height: calc(100% - 1rem);
    overflow: auto;
  }
  /* Under a scenario's caption (over the top of the map), a message sits at the map's foot. */
  .caption ~ .map-area .error {
    top: auto;
    bottom: 0.5rem;
  }
  .error p {
    margin: 0;
    flex: 1;
    white-space: pre-line;
    overflow-wrap: anywhere;
  }

  /* Scenario caption: large enough to read from the back of a room on a projector. */
  .caption {
    position: absolute;
    top: 0.5rem;
    left: 50%;
    transform: translateX(-50%);
    z-index: 2;
    width: min(46rem, calc(100% - 6rem));
    padding: 0.5rem 0.9rem 0.6rem;
    background: color-mix(in srgb, var(--jm-background) 94%, transparent);
    border: 1px solid var(--jm-border);
    border-radius: var(--jm-radius);
    box-shadow: 0 2px 8px rgb(0 0 0 / 12%);
  }
  /* The table view scrolls under no caption: it stands above the table, as on a phone (over the
     map it covered the table's caption, header and first rows, and the focused row). */
  .caption:has(~ .map-area.as-table) {
    position: static;
    transform: none;
    width: auto;
    margin: 0.4rem 0.4rem 0;
    box-shadow: none;
  }
  .caption p {
    margin: 0;
  }
  /* The title ("Step 2 of 7") grows with the map as the notes do: at a fixed 0.8rem it was 12.8 px
     under a 30 px caption on a 1920 px projector, too small for the back of a room. */
  .caption-title,
  .caption-notes {
    font-size: clamp(0.8rem, 1.1cqw, 1.2rem);
    color: var(--jm-muted);
  }
  .caption-title {
    font-weight: 600;
  }
  /* "step 5 of 7" in one piece: "étape 5 sur" ended a line, "7" began the next. */
  .progress {
    white-space: nowrap;
  }
  .caption-text {
    margin-top: 0.4rem !important;
    font-size: clamp(0.95rem, 1.7cqw, 1.9rem);
    line-height: 1.3;
  }
  .caption-notes {
    margin-top: 0.4rem !important;
  }
  .caption-nav {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    margin-top: 0.4rem;
  }
  .caption-nav progress {
    flex: 1;
    height: 0.4rem;
  }
  @container jm (max-width: 45em) {
    /* The map's row and the panel's keep their whole height and the body scrolls: as auto rows
       they shrank into a host of fixed height (the default 560 px at 390 px wide drew a 292 px
       map in a 225 px row, its legend cut off, and the panel scrolled inside the scroller). */
    .body {
      grid-template-rows: max-content max-content;
    }
    .map-area {
      flex: none;
      height: clamp(220px, 75cqw, 520px);
    }
    .caption {
      position: static;
      transform: none;
      width: auto;
      margin: 0.4rem 0.4rem 0;
      box-shadow: none;
    }
    .caption-text {
      font-size: 1rem;
    }
  }

  /* Explanation panel */
  .panel {
    overflow: auto;
    /* A site's long names or URLs without spaces wrap rather than widen the panel (break-word,
       not anywhere, which also let the comparison table's headers break mid-word). */
    overflow-wrap: break-word;
    padding: 0.75rem 1rem 1rem;
    border-left: 1px solid var(--jm-border);
    font-size: 0.875rem;
    line-height: 1.45;
  }
  @container jm (max-width: 45em) {
    .panel {
      border-left: none;
      border-top: 1px solid var(--jm-border);
    }
  }
  .panel h2 {
    margin: 0 0 0.4rem;
    font-size: 1rem;
  }
  .panel h3 {
    margin: 0.9rem 0 0.3rem;
    font-size: 0.8rem;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--jm-muted);
  }
  .panel ol,
  .panel ul {
    margin: 0;
    padding-left: 1.2rem;
  }
  .panel li {
    margin: 0.2rem 0;
  }
  .panel a {
    color: var(--jm-focus);
  }
  /* A transparent edge, which forced colours draw: without it the badge and the tooltip lost
     their shape with their background. */
  .badge,
  .tooltip {
    border: 1px solid transparent;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
    padding: 0.1rem 0.5rem;
    border-radius: 999px;
    font-weight: 700;
    font-size: 0.8rem;
    color: var(--jm-badge-text, #fff);
  }
  .badge.direct {
    background: var(--jm-direct);
  }
  .badge.assisted {
    background: var(--jm-assisted);
  }
  .badge.contested {
    background: var(--jm-contested);
  }
  .badge.none {
    background: var(--jm-none);
  }
  .cite {
    color: var(--jm-muted);
  }
  .conflict-item {
    border-left: 3px solid var(--jm-conflict);
    padding-left: 0.5rem;
    list-style: none;
    margin-left: -1.2rem;
  }
  .compare {
    margin-bottom: 1rem;
    padding-bottom: 0.75rem;
    border-bottom: 1px solid var(--jm-border);
  }
  .compare th[scope='row'] {
    position: static;
  }
  .downloads {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4rem;
    margin-top: 1rem;
  }
  .disclaimer {
    margin-top: 1rem;
    padding: 0.5rem;
    background: var(--jm-surface);
    border-radius: var(--jm-radius);
    font-size: 0.8rem;
  }

  /* Table view */
  /* The table stands over the map: the map's countries and markers leave the tab order and the
     accessibility tree (hidden, not removed: the map keeps its size and its exports), and the
     zoom buttons, which would cover the table, go. */
  .as-table > svg.map {
    visibility: hidden;
  }
  .as-table > .zoom-buttons {
    display: none;
  }
  .table-wrap {
    position: absolute;
    inset: 0;
    overflow: auto;
    background: var(--jm-background);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.8rem;
  }
  caption {
    text-align: left;
    padding: 0.5rem;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--jm-border);
    text-align: left;
    vertical-align: top;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--jm-surface);
  }
  tbody th {
    font-weight: normal;
  }
  tr.current {
    background: color-mix(in srgb, var(--jm-focus) 12%, transparent);
  }
  tbody button {
    min-height: 0;
    padding: 0;
    border: none;
    background: none;
    color: var(--jm-focus);
    text-decoration: underline;
    text-align: left;
  }

  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  /* "Skip the map" and "End of the map": seen only while they have the keyboard's focus. */
  .skip:focus {
    top: 0.5rem;
    left: 0.5rem;
    z-index: 9;
    width: auto;
    height: auto;
    padding: 0.4rem 0.7rem;
    clip-path: none;
    background: var(--jm-background);
    color: var(--jm-text);
    border: 1px solid var(--jm-border);
    border-radius: var(--jm-radius);
  }
  #jm-end:focus {
    top: auto;
    bottom: 0.5rem;
    margin: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    .country,
    .marker .shape {
      transition: none;
    }
  }
`;
