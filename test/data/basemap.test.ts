// src/map/basemap-110m.json is generated from world-atlas; this keeps the committed copy current.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { basemap } from '../../scripts/basemap-of-atlas.js';

it('src/map/basemap-110m.json matches world-atlas projected now (run `npm run basemap`)', () => {
  expect(JSON.parse(readFileSync('src/map/basemap-110m.json', 'utf8'))).toEqual(basemap());
});
