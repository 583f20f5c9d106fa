// The element's events, one typed CustomEvent each; all bubble and cross shadow roots.
import type { Request, Resolution } from '../engine/core.js';

export interface JmChangeDetail {
  request: Required<Request>;
  resolution: Resolution;
}
export interface JmSelectDetail {
  kind: 'country' | 'datacenter';
  id: string;
}
export interface JmErrorDetail {
  message: string;
  /** The attribute or field at fault, when there is one (e.g. "as-of", "src"). */
  source?: string;
  /**
   * Every problem: for a bad data bundle, each with its JSON path; for several wrong attributes at
   * once, each with the attribute's name.
   */
  problems?: readonly { path: string; message: string }[];
}

export interface JmStepDetail {
  scenario: string;
  /** 1-based. */
  step: number;
  steps: number;
}

export type JmChangeEvent = CustomEvent<JmChangeDetail>;
export type JmStepEvent = CustomEvent<JmStepDetail>;
export type JmSelectEvent = CustomEvent<JmSelectDetail>;
export type JmErrorEvent = CustomEvent<JmErrorDetail>;
export type JmReadyEvent = CustomEvent<Record<string, never>>;

/** Builds an event the way every jm-* event is built. */
export function jmEvent<T>(type: string, detail: T): CustomEvent<T> {
  return new CustomEvent(type, { detail, bubbles: true, composed: true });
}

declare global {
  interface GlobalEventHandlersEventMap {
    'jm-ready': JmReadyEvent;
    'jm-change': JmChangeEvent;
    'jm-select': JmSelectEvent;
    'jm-error': JmErrorEvent;
    'jm-step': JmStepEvent;
  }
}
