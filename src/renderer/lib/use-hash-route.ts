import { useEffect, useState } from 'react';

export type Route = { area: string; rest: string[]; query: URLSearchParams };

export function parseHash(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const [area = 'pools', ...rest] = path.split('/').filter(Boolean);
  return { area, rest, query: new URLSearchParams(search) };
}

/** Deep links (#/pools, #/settings, ...) so the back button and reload keep the screen. */
export function useHashRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const onChange = (): void => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function navigate(href: string): void {
  window.location.hash = href.replace(/^#/, '');
}
