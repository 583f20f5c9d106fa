// Jurisdiction Map in a React 19 app: the element, typed in JSX, with its state in React.
import { useState } from 'react';
import 'jurisdiction-map';
import type {} from 'jurisdiction-map/react';
import type { Reach } from 'jurisdiction-map';

export function App({ bundle }: { bundle?: object }) {
  const [asOf, setAsOf] = useState('2017-06-01');
  const [reach, setReach] = useState<Reach | ''>('');
  return (
    <>
      <button type="button" onClick={() => setAsOf('2019-06-01')}>
        After the CLOUD Act
      </button>
      <jurisdiction-map
        request-type="us-warrant"
        requester="US"
        datacenter="azure-northeurope"
        as-of={asOf}
        data={bundle}
        style={{ display: 'block', height: 560 }}
        onjm-change={(event) => setReach(event.detail.resolution.reach)}
      />
      <p role="status">Reach: {reach}</p>
    </>
  );
}
