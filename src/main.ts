// The placeholder demo page: the Microsoft Ireland question answered by the engine, in words,
// until the map element exists.
import { createWorld, resolve } from './engine/index.js';

const answer = document.getElementById('answer');
if (answer) {
  const world = createWorld();
  const lines = ['2014-06-01', '2017-06-01', '2019-06-01'].map(
    (asOf) =>
      resolve(world, {
        requestType: 'us-warrant',
        requester: 'US',
        datacenter: 'azure-northeurope',
        asOf,
      }).summary,
  );
  for (const line of lines) {
    const p = document.createElement('p');
    p.textContent = line;
    answer.append(p);
  }
}
