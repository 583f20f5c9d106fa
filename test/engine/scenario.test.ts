// Scenarios as data: every built-in step resolves, steps carry over what they do not change, and
// bad ids or steps are named.
import { describe, expect, it } from 'vitest';
import {
  createWorld,
  inForce,
  RequestError,
  resolve,
  scenarioStep,
} from '../../src/engine/index.js';
import { bundleCopy } from './helpers.js';

const world = createWorld();

describe('built-in scenarios', () => {
  it('are the four the issue names, microsoft-ireland with at least six steps', () => {
    expect([...world.scenarios.keys()].sort()).toEqual([
      'data-in-china',
      'eu-e-evidence',
      'microsoft-ireland',
      'uk-cloud-act-agreement',
    ]);
    expect(world.scenarios.get('microsoft-ireland')!.steps.length).toBeGreaterThanOrEqual(6);
  });

  const steps = [...world.scenarios.values()].flatMap((s) =>
    s.steps.map((_, i) => [s.id, i + 1] as const),
  );
  it.each(steps)('%s step %i resolves, and what it highlights is in force', (id, step) => {
    const view = scenarioStep(world, id, step);
    const r = resolve(world, view.request);
    expect(r.summary).toMatch(/^On /);
    for (const instrument of view.highlight) {
      expect(
        inForce(world.instruments.get(instrument)!, view.request.asOf),
        `${instrument} on ${view.request.asOf}`,
      ).toBe(true);
    }
    expect(view.sources.length).toBeGreaterThan(0);
  });

  it('tells Microsoft Ireland as history went: direct, no, contested, direct with GDPR in the way', () => {
    const reach = (step: number) =>
      resolve(world, scenarioStep(world, 'microsoft-ireland', step).request);
    expect(reach(2).reach).toBe('direct');
    expect(reach(3).reach).toBe('assisted');
    expect(reach(4).reach).toBe('none');
    expect(reach(5).reach).toBe('contested');
    expect(reach(6).conflicts).toEqual([]);
    expect(reach(7).conflicts).toEqual(['gdpr-art48']);
  });

  it('carries over what a step does not change', () => {
    const view = scenarioStep(world, 'microsoft-ireland', 2);
    expect(view.request).toEqual({
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2014-07-31',
    });
  });
});

describe('scenario errors', () => {
  it('names an unknown scenario and a step out of range', () => {
    expect(() => scenarioStep(world, 'watergate', 1)).toThrow(/unknown scenario "watergate"/);
    expect(() => scenarioStep(world, 'microsoft-ireland', 99)).toThrow(RequestError);
    expect(() => scenarioStep(world, 'microsoft-ireland', 0)).toThrow(
      /step 0 is not between 1 and/,
    );
    expect(() => scenarioStep(world, 'microsoft-ireland', 2.5)).toThrow(
      /step 2\.5 is not a whole number in microsoft-ireland/,
    );
  });

  it('checks scenario data like all data, with paths', () => {
    const bundle = bundleCopy();
    const s = bundle.scenarios![0]!;
    s.steps[0]!.datacenter = 'azure-mars';
    s.steps[1]!.highlight = ['magna-carta'];
    delete s.steps[0]!.asOf;
    expect(() => createWorld(bundle)).toThrow(
      /scenarios\[0\]\.steps\[0\]\.datacenter: "azure-mars" is not a data center/,
    );
    expect(() => createWorld(bundle)).toThrow(
      /scenarios\[0\]\.steps\[1\]\.highlight\[0\]: "magna-carta" is not an instrument/,
    );
    expect(() => createWorld(bundle)).toThrow(
      /scenarios\[0\]\.steps\[0\]\.asOf: the first step must set it/,
    );
  });
});
