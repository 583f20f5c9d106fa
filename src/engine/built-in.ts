// The built-in data set, assembled from the files in data/ (bundled, so nothing is fetched).
import datacenters from '../../data/datacenters.json';
import instruments from '../../data/instruments.json';
import jurisdictions from '../../data/jurisdictions.json';
import providers from '../../data/providers.json';
import requestTypes from '../../data/request-types.json';
import dataInChina from '../../data/scenarios/data-in-china.json';
import euEEvidence from '../../data/scenarios/eu-e-evidence.json';
import microsoftIreland from '../../data/scenarios/microsoft-ireland.json';
import ukCloudActAgreement from '../../data/scenarios/uk-cloud-act-agreement.json';

/** The built-in bundle, unchecked: createWorld() checks it like any other. */
export const builtInBundle: unknown = /* @__PURE__ */ assemble();

// A function marked pure, so a build that never reads the bundle (the element's, which loads
// the data split in two; see scripts/data-split.js) leaves it and its JSON out.
function assemble() {
  return {
    jurisdictions: jurisdictions.jurisdictions,
    providers: providers.providers,
    datacenters: datacenters.datacenters,
    instruments: instruments.instruments,
    requestTypes: requestTypes.requestTypes,
    scenarios: [microsoftIreland, ukCloudActAgreement, euEEvidence, dataInChina],
  };
}
