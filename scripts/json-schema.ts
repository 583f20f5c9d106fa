// Writes data/schema.json, a JSON Schema of the data bundle generated from the one valibot
// schema, for editors that validate and complete data files. `npm run schema`; a test checks
// that the committed file is current.
import { writeFileSync } from 'node:fs';
import { jsonSchemaOfBundle } from './json-schema-of-bundle.js';

writeFileSync('data/schema.json', JSON.stringify(jsonSchemaOfBundle(), null, 2) + '\n');
console.log('wrote data/schema.json');
