// The JSON Schema of a data bundle, from the valibot schema (checks JSON Schema cannot express,
// such as real calendar dates, are left to createWorld()).
import { toJsonSchema } from '@valibot/to-json-schema';
import { Bundle } from '../src/engine/schema.js';

export function jsonSchemaOfBundle(): object {
  return {
    ...toJsonSchema(Bundle, { errorMode: 'ignore' }),
    title: 'Jurisdiction Map data bundle',
    description:
      'jurisdictions, providers, datacenters, instruments and requestTypes; see data/README.md. Each data/*.json file holds one of these lists.',
  };
}
