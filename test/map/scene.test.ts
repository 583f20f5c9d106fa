// The map's math in Node: every shape tied to a jurisdiction, every data center placed and kept
// apart from its neighbours, one arc per step, roles and treaty parties on the right countries.
import { describe, expect, it } from 'vitest';
import { createWorld, reachAll, resolve } from '../../src/engine/index.js';
import { countryShapes } from '../../src/map/atlas.js';
import {
  mainPartBox,
  makeProjection,
  markerPlaces,
  markerScale,
  placeLabels,
} from '../../src/map/geometry.js';
import { buildScene, focusBox, makeGeometry, MARKER_SPACING } from '../../src/map/scene.js';

const world = createWorld();
const shapes = countryShapes(world);
const size = { width: 960, height: 500 };
const geometry = makeGeometry(world, shapes, size, makeProjection(size));

function sceneFor(request: {
  requestType: string;
  requester: string;
  datacenter: string;
  asOf: string;
}) {
  const resolution = resolve(world, request);
  return { resolution, scene: buildScene(world, geometry, resolution, reachAll(world, request)) };
}

describe('the map scene', () => {
  it('ties every one of the 177 shapes to a jurisdiction, and draws each', () => {
    expect(shapes).toHaveLength(177);
    expect(shapes.filter((s) => !s.jurisdiction)).toEqual([]);
    expect(geometry.shapes.every((c) => c.d.startsWith('M'))).toBe(true);
  });

  it('places every data center inside the view and keeps shared cities apart', () => {
    const places = geometry.markers;
    expect(places).toHaveLength(world.datacenters.size);
    for (const p of places) {
      expect(p.x + p.dx).toBeGreaterThanOrEqual(0);
      expect(p.x + p.dx).toBeLessThanOrEqual(size.width);
      expect(p.y + p.dy).toBeGreaterThanOrEqual(0);
      expect(p.y + p.dy).toBeLessThanOrEqual(size.height);
    }
    const frankfurt = places.filter((p) =>
      world.datacenters.get(p.id)!.city.startsWith('Frankfurt'),
    );
    expect(frankfurt.length).toBeGreaterThanOrEqual(4);
    for (const a of frankfurt) {
      for (const b of frankfurt) {
        if (a !== b)
          expect(Math.hypot(a.x + a.dx - b.x - b.dx, a.y + a.dy - b.y - b.dy)).toBeGreaterThan(5);
      }
    }
  });

  it('draws no two data centers on top of each other, from a phone to a projector', () => {
    for (const width of [320, 412, 960, 1440, 1980]) {
      const spacing = MARKER_SPACING * markerScale(width);
      const { markers } = makeGeometry(
        world,
        shapes,
        { width, height: width / 2 },
        makeProjection({ width, height: width / 2 }),
      );
      const spots = markers.map((p) => [p.x + p.dx, p.y + p.dy] as const);
      let closest = Infinity;
      for (let i = 0; i < spots.length; i++)
        for (let j = i + 1; j < spots.length; j++)
          closest = Math.min(
            closest,
            Math.hypot(spots[i]![0] - spots[j]![0], spots[i]![1] - spots[j]![1]),
          );
      // A marker's width apart (to a tenth of a pixel)…
      expect(closest, `${width} px`).toBeGreaterThan(spacing - 0.1);
      // …and each still near its place, a few markers' widths at most: on the smallest map,
      // Europe's crowd spreads farthest (27.4 px at 320 px, 4.03 spacings; 2 on a wide map).
      const farthest = Math.max(...markers.map((p) => Math.hypot(p.dx, p.dy)));
      expect(farthest, `${width} px`).toBeLessThan(4.5 * spacing);
    }
  });

  it('fans out nothing when points are far apart', () => {
    const projection = makeProjection(size);
    const far = markerPlaces(projection, [
      { id: 'a', lon: 0, lat: 0 },
      { id: 'b', lon: 90, lat: 0 },
    ]);
    expect(far.map((p) => [p.dx, p.dy])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('packs many data centers in one place in a disc, not a ring as wide as a continent', () => {
    const projection = makeProjection(size);
    const spacing = 7;
    for (const n of [31, 300]) {
      const same = Array.from({ length: n }, (_, i) => ({ id: `dc${i}`, lon: 8.7, lat: 50.1 }));
      const places = markerPlaces(projection, same, spacing);
      const spots = places.map((p) => [p.x + p.dx, p.y + p.dy] as const);
      let closest = Infinity;
      for (let i = 0; i < n; i++)
        for (let j = i + 1; j < n; j++)
          closest = Math.min(
            closest,
            Math.hypot(spots[i]![0] - spots[j]![0], spots[i]![1] - spots[j]![1]),
          );
      // Each stays clear of its neighbours (rounded to tenths)…
      expect(closest).toBeGreaterThan(spacing);
      // …within a radius that grows with the square root of the count (a ring of 300 is 368 px).
      const farthest = Math.max(...places.map((p) => Math.hypot(p.dx, p.dy)));
      expect(farthest).toBeLessThan(0.75 * spacing * Math.sqrt(n));
    }
  });

  it('draws one arc per step, a pulse where the order is served at home', () => {
    const { resolution, scene } = sceneFor({
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2019-06-01',
    });
    expect(scene.arcs).toHaveLength(resolution.steps.length);
    expect(scene.arcs[0]!.samePlace).toBe(true);
    expect(scene.arcs[1]!.d).toMatch(/^M/);
  });

  it('puts the number badges of steps ending in one city side by side', () => {
    // An MLA request to Ireland: steps 1 and 2 end in Ireland (the request, its authorities'
    // order), step 3 at the Dublin data center a few pixels away; badge 3 drawn over badges 1
    // and 2 hid them.
    const { scene } = sceneFor({
      requestType: 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2014-12-23',
    });
    expect(scene.arcs.map((a) => a.stack)).toEqual([0, 1, 2]);
    // Steps that end far apart keep their badges in place.
    const apart = sceneFor({
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2014-06-01',
    }).scene;
    expect(apart.arcs.map((a) => a.stack)).toEqual([0, 0]);
  });

  it('colours the roles and lights up treaty parties for an MLA request', () => {
    const { scene } = sceneFor({
      requestType: 'mlat',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2014-06-01',
    });
    const by = (id: string) => scene.countries.find((c) => c.jurisdiction === id)!;
    expect(by('US').role).toBe('requester');
    expect(by('IE').role).toBe('data');
    expect(by('IE').roles).toContain('requested');
    expect(by('DE').party).toBe(true); // EU–US MLA Agreement
    expect(by('CN').party).toBe(false);
  });

  it('marks each data center with its reach and a conflict flag', () => {
    const { scene } = sceneFor({
      requestType: 'us-warrant',
      requester: 'US',
      datacenter: 'azure-northeurope',
      asOf: '2019-06-01',
    });
    const marker = (id: string) => scene.markers.find((m) => m.id === id)!;
    expect(marker('azure-northeurope')).toMatchObject({
      reach: 'direct',
      conflicted: true,
      selected: true,
    });
    expect(marker('aws-us-east-1')).toMatchObject({
      reach: 'direct',
      conflicted: false,
      selected: false,
    });
    expect(marker('alibaba-cn-hangzhou').reach).toBe('none');
    expect(marker('azure-northeurope').label).toMatch(
      /Microsoft North Europe, Dublin, Ireland: direct reach, with a law in the way/,
    );
  });
});

describe('the projection for a size', () => {
  it('fits the sphere like d3 fitExtent does, within a pixel', async () => {
    const { geoNaturalEarth1, geoPath } = await import('d3-geo');
    for (const [width, height] of [
      [960, 500],
      [320, 240],
      [1920, 1080],
      [500, 900],
    ] as const) {
      const margin = Math.max(4, Math.min(width, height) * 0.02);
      const fitted = geoNaturalEarth1().fitExtent(
        [
          [margin, margin],
          [width - margin, height - margin],
        ],
        { type: 'Sphere' },
      );
      const ours = makeProjection({ width, height });
      const [[a0, b0], [a1, b1]] = geoPath(fitted).bounds({ type: 'Sphere' });
      // Ours is not a d3 projection: d3 measures the sphere at its scale and translation.
      const [[c0, d0], [c1, d1]] = geoPath(
        geoNaturalEarth1().scale(ours.scale()).translate(ours.translate()),
      ).bounds({ type: 'Sphere' });
      for (const [p, q] of [
        [a0, c0],
        [b0, d0],
        [a1, c1],
        [b1, d1],
      ]) {
        expect(Math.abs(p! - q!)).toBeLessThan(1);
      }
    }
  });
});

describe("a country's main part, which selecting the country zooms to", () => {
  const projection = makeProjection(size);
  const box = (id: string) =>
    mainPartBox(shapes.find((s) => s.jurisdiction === id)!.d, projection)!;
  const inside = ([[x0, y0], [x1, y1]]: number[][], lonLat: [number, number]) => {
    const [x, y] = projection(lonLat)!;
    return x >= x0! && x <= x1! && y >= y0! && y <= y1!;
  };

  it("is the bounds d3 gives its largest polygon, within the base map's rounding", async () => {
    const { geoNaturalEarth1, geoPath, geoArea } = await import('d3-geo');
    const { feature } = await import('topojson-client');
    type Atlas = Parameters<typeof feature>[0];
    type Country = GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: string }>;
    const atlas = (await import('world-atlas/countries-110m.json')).default as unknown as Atlas;
    const { features } = feature(atlas, atlas.objects.countries!) as unknown as {
      features: Country[];
    };
    const path = geoPath(
      geoNaturalEarth1().scale(projection.scale()).translate(projection.translate()),
    );
    for (const [id, name] of [
      ['BR', 'Brazil'],
      ['FR', 'France'],
      ['US', 'United States of America'],
      // Where a small part lies far from the origin of the base map's frame: Svalbard, an
      // island east of Sulawesi, Northern Ireland and Thrace were chosen over the main part.
      ['NO', 'Norway'],
      ['ID', 'Indonesia'],
      ['GB', 'United Kingdom'],
      ['TR', 'Turkey'],
    ]) {
      const { geometry } = features.find((c) => c.properties.name === name)!;
      const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
      const largest = polygons
        .map((coordinates): GeoJSON.Polygon => ({ type: 'Polygon', coordinates }))
        .sort((a, b) => geoArea(b) - geoArea(a))[0]!;
      const expected = path.bounds(largest);
      box(id!)
        .flat()
        .forEach((v, i) => expect(Math.abs(v - expected.flat()[i]!), id).toBeLessThan(1.5));
    }
  });

  it('leaves out far parts: Alaska, French Guiana', () => {
    expect(inside(box('US'), [-98, 38])).toBe(true);
    expect(inside(box('US'), [-150, 61])).toBe(false);
    expect(inside(box('FR'), [2.35, 48.85])).toBe(true);
    expect(inside(box('FR'), [-53, 4])).toBe(false);
    // Brazil from Manaus to São Paulo, where its data centers are.
    expect(inside(box('BR'), [-60, -3.1])).toBe(true);
    expect(inside(box('BR'), [-46.6, -23.5])).toBe(true);
  });
});

describe("a scenario step's focus", () => {
  it("fits its countries' places with room around them", () => {
    const us = geometry.projection(geometry.places.get('US') as [number, number])!;
    const ie = geometry.projection(geometry.places.get('IE') as [number, number])!;
    expect(focusBox({ countries: ['US', 'IE'] }, geometry, 60)).toEqual([
      [Math.min(us[0], ie[0]) - 60, Math.min(us[1], ie[1]) - 60],
      [Math.max(us[0], ie[0]) + 60, Math.max(us[1], ie[1]) + 60],
    ]);
  });

  it('fits a box given in degrees, west-south to east-north, whichever corner projects higher', () => {
    const [[x0, y0], [x1, y1]] = focusBox(
      {
        box: [
          [-10, 35],
          [30, 60],
        ],
      },
      geometry,
      0,
    )!;
    const sw = geometry.projection([-10, 35])!;
    const ne = geometry.projection([30, 60])!;
    // North is up: the box's top edge is the north corner's y.
    expect([x0, y0, x1, y1]).toEqual([sw[0], ne[1], ne[0], sw[1]]);
    expect(x1 - x0).toBeGreaterThan(0);
    expect(y1 - y0).toBeGreaterThan(0);
  });

  it('is nothing without a focus or when none of its countries is on the map', () => {
    expect(focusBox(undefined, geometry)).toBeNull();
    expect(focusBox({ countries: [] }, geometry)).toBeNull();
    expect(focusBox({ countries: ['ZZ'] }, geometry)).toBeNull();
  });
});

describe("countries' names", () => {
  // The United Kingdom's and Ireland's places, about 20 px apart on a 960 px world map.
  const names = [
    { x: 470, y: 110, text: 'United Kingdom' },
    { x: 452, y: 112, text: 'Ireland' },
    { x: 700, y: 300, text: 'India' },
  ];

  it('puts a name that would cover another above its place, and one with no room nowhere', () => {
    const at1 = placeLabels(names, 1, 1);
    expect(at1[0]).toEqual({ dx: 0, dy: 22, hidden: false });
    expect(at1[1]).toEqual({ dx: 0, dy: -12, hidden: false });
    expect(at1[2]).toEqual({ dx: 0, dy: 22, hidden: false });
    // A dozen names at one place: each spot around it taken, the rest hidden, none over another.
    const crowd = Array.from({ length: 12 }, () => ({ x: 300, y: 200, text: 'Luxembourg' }));
    const placed = placeLabels(crowd, 1, 1);
    expect(placed.filter((p) => p.hidden).length).toBeGreaterThan(0);
    const boxes = placed
      .filter((p) => !p.hidden)
      .map(({ dx, dy }) => ({
        x0: 300 + dx - 42,
        x1: 300 + dx + 42,
        y0: 200 + dy - 11,
        y1: 200 + dy + 3,
      }));
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect(a.x1 <= b.x0 || b.x1 <= a.x0 || a.y1 <= b.y0 || b.y1 <= a.y0).toBe(true);
  });

  it("takes a spot clear of the markers and the request's path where one is free", () => {
    // 'Ireland' is about 60 px wide: below, above, right and left of its place, and at the corners.
    const place = { x: 400, y: 200, text: 'Ireland' };
    // Markers (no offset) where the name would lie below, above and right of its place.
    const markers = [
      [408, 222],
      [408, 190],
      [440, 198],
    ].map(([x, y]) => ({ x: x!, y: y!, dx: 0, dy: 0 }));
    expect(placeLabels([place], 1, 1, { markers })[0]).toEqual({ dx: -39, dy: 4, hidden: false });
    // A path coming in from the left along the place's row: the name goes below it, to the left.
    const path = [200, 198, 399, 198];
    expect(placeLabels([place], 1, 1, { markers, lines: [path] })[0]).toEqual({
      dx: -33,
      dy: 20,
      hidden: false,
    });
    // Lines through every spot: it still shows, where it covers the least (one line, no marker).
    const lines = [185, 200, 215].map((y) => [300, y, 500, y]);
    expect(placeLabels([place], 1, 1, { markers, lines: [path, ...lines] })[0]).toEqual({
      dx: -33,
      dy: 20,
      hidden: false,
    });
    // A slanted line past the corner of the spot below (x 370–430, y 211–225), within its span
    // but clear of it, leaves it free; one that cuts the corner covers it and the name goes above.
    expect(placeLabels([place], 1, 1, { lines: [[425, 240, 445, 220]] })[0]).toEqual({
      dx: 0,
      dy: 22,
      hidden: false,
    });
    expect(placeLabels([place], 1, 1, { lines: [[415, 235, 435, 215]] })[0]).toEqual({
      dx: 0,
      dy: -12,
      hidden: false,
    });
    // At zoom 2 places spread while the markers' offsets stay in pixels: this one lies 16 px
    // below the name's place, under where the name would be.
    const offset = [{ x: 200, y: 100, dx: 4, dy: 16 }];
    expect(placeLabels([{ ...place, x: 200, y: 100 }], 2, 1, { markers: offset })[0]).toEqual({
      dx: 0,
      dy: -12,
      hidden: false,
    });
  });

  it('keeps a name inside the part of the map in sight, even over a marker', () => {
    // A place 20 px from the left edge, with markers below, above and right of it: left of it
    // is free of them, but the edge cuts that spot off (and below, above and the left corners);
    // right of it, in sight, the name covers one marker.
    const place = { x: 20, y: 200, text: 'United States' };
    const markers = [
      [20, 222],
      [20, 190],
      [90, 200],
    ].map(([x, y]) => ({ x: x!, y: y!, dx: 0, dy: 0 }));
    expect(placeLabels([place], 1, 1, { markers })[0]).toEqual({ dx: -63, dy: 4, hidden: false });
    const view = { x0: 0, x1: 400, y0: 0, y1: 400 };
    expect(placeLabels([place], 1, 1, { markers, view })[0]).toEqual({
      dx: 63,
      dy: 4,
      hidden: false,
    });
    // However many markers the spots in sight cover: two rows of them right of the place.
    const crowd = [
      ...markers,
      ...[40, 60, 70, 80, 100, 110, 120, 130].flatMap((x) => [
        { x, y: 198, dx: 0, dy: 0 },
        { x, y: 215, dx: 0, dy: 0 },
      ]),
    ];
    expect(placeLabels([place], 1, 1, { markers: crowd, view })[0]!.dx).toBeGreaterThan(0);
    // With no spot in sight, no stub of the name: it is hidden (the United States' name showed
    // as "es" at the edge of a projector's map).
    const past = { x0: 100, x1: 400, y0: 0, y1: 400 };
    expect(placeLabels([place], 1, 1, { markers, view: past })[0]!.hidden).toBe(true);
  });

  it("keeps clear of the steps' number badges", () => {
    // The data's place, with a badge beside it (up and right) and a marker below: the name
    // would go above, under the badge; it goes left.
    const place = { x: 400, y: 200, text: 'Finland' };
    const markers = [{ x: 400, y: 222, dx: 0, dy: 0 }];
    expect(placeLabels([place], 1, 1, { markers })[0]).toMatchObject({ dx: 0, dy: -12 });
    const badges = [{ x: 400, y: 200, stack: 0 }];
    expect(placeLabels([place], 1, 1, { markers, badges })[0]).toMatchObject({ dx: -39, dy: 4 });
  });

  it('keeps a name where it was while no other spot is better, so a zoom does not move it', () => {
    const place = { x: 400, y: 200, text: 'Ireland' };
    const left = { dx: -39, dy: 4, hidden: false };
    expect(placeLabels([place], 1, 1)[0]).toMatchObject({ dx: 0, dy: 22 });
    expect(placeLabels([place], 1, 1, { previous: [left] })[0]).toEqual(left);
    // Once a marker lies there, it moves to a free spot.
    const markers = [{ x: 360, y: 198, dx: 0, dy: 0 }];
    expect(placeLabels([place], 1, 1, { markers, previous: [left] })[0]).toMatchObject({
      dx: 0,
      dy: 22,
    });
  });

  it('lets them all below their places once the zoom spreads the places apart', () => {
    expect(placeLabels(names, 8, 1).every((p) => p.dx === 0 && p.dy === 22 && !p.hidden)).toBe(
      true,
    );
  });
});
