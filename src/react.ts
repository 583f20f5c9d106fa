/**
 * jurisdiction-map/react: typed JSX for <jurisdiction-map> in React 19, types only.
 *
 *   import 'jurisdiction-map';
 *   import type {} from 'jurisdiction-map/react';
 *
 *   <jurisdiction-map request-type="mlat" requester="DE" onjm-change={(e) => …} />
 *
 * React 19 passes a prop the element has as a property (`data`) as that property, any other as
 * an attribute (so attributes go by their HTML names, `request-type`), and `on` + an event name
 * (`onjm-change`) as an event listener.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { JurisdictionMap } from './elements/jurisdiction-map.js';
import type {
  JmChangeEvent,
  JmErrorEvent,
  JmReadyEvent,
  JmSelectEvent,
  JmStepEvent,
} from './elements/events.js';

/** What JSX accepts on <jurisdiction-map>: its attributes, the `data` property and its events. */
export interface JurisdictionMapProps extends DetailedHTMLProps<
  HTMLAttributes<JurisdictionMap>,
  JurisdictionMap
> {
  'request-type'?: string;
  requester?: string;
  datacenter?: string;
  'as-of'?: string;
  src?: string;
  /** A data bundle object; set as a property. */
  data?: unknown;
  'bundle-mode'?: 'merge' | 'replace';
  scenario?: string;
  step?: string | number;
  autoplay?: string | boolean;
  'compare-datacenter'?: string;
  'compare-request-type'?: string;
  'compare-requester'?: string;
  theme?: 'light' | 'dark' | '';
  controls?: 'none' | '';
  panel?: 'none' | '';
  announce?: 'none' | '';
  loading?: 'eager' | 'lazy';
  'onjm-ready'?: (event: JmReadyEvent) => void;
  'onjm-change'?: (event: JmChangeEvent) => void;
  'onjm-select'?: (event: JmSelectEvent) => void;
  'onjm-error'?: (event: JmErrorEvent) => void;
  'onjm-step'?: (event: JmStepEvent) => void;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    interface IntrinsicElements {
      'jurisdiction-map': JurisdictionMapProps;
    }
  }
}
