// data/schema.json is generated from the valibot schema; this keeps the committed copy current.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { jsonSchemaOfBundle } from '../../scripts/json-schema-of-bundle.js';

it('data/schema.json matches the schema in src/engine/schema.ts (run `npm run schema`)', () => {
  expect(JSON.parse(readFileSync('data/schema.json', 'utf8'))).toEqual(jsonSchemaOfBundle());
});
