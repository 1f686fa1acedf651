import {StrictMode, useState} from 'react';
import {createRoot} from 'react-dom/client';
import 'route-map-element/route-map.js';
import type {} from 'route-map-element/react';
import type {RouteMapReadyDetail} from 'route-map-element';

function App() {
  const [routes, setRoutes] = useState<number | null>(null);
  return (
    <>
      <p>{routes === null ? 'loading' : `ready: ${routes} routes`}</p>
      <route-map lang="en" chapter="mainports" presenter={false} year={2024}
        onroute-map-ready={(event: CustomEvent<RouteMapReadyDetail>) => setRoutes(event.detail.routes)}
        onroute-map-select={(event) => console.log(event.detail.id)} />
    </>
  );
}

// The types are real, not \`any\`: each of these is refused.
export const refused = [
  // @ts-expect-error: not an attribute of <route-map>
  <route-map nonsense="1" />,
  // @ts-expect-error: year is a number
  <route-map year="2024" />,
  // @ts-expect-error: the ready event's detail counts layers; it has no such field
  <route-map onroute-map-ready={(event) => event.detail.nonsense} />,
];

createRoot(document.getElementById('root')!).render(<StrictMode><App /></StrictMode>);
