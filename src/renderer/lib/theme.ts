import { applyMode, Mode } from '@cloudscape-design/global-styles';
import { useEffect, useState } from 'react';
import type { Settings } from '../../shared/model/settings';

const query = (): MediaQueryList => window.matchMedia('(prefers-color-scheme: dark)');

/** Light or dark: the user's choice, or the OS's when the choice is "system"; follows OS changes live. */
export function useTheme(choice: Settings['theme'] | undefined): 'light' | 'dark' {
  const [osDark, setOsDark] = useState(() => query().matches);
  useEffect(() => {
    const media = query();
    const onChange = (): void => setOsDark(media.matches);
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, []);
  const mode = choice === 'dark' || (choice !== 'light' && osDark) ? 'dark' : 'light';
  useEffect(() => {
    applyMode(mode === 'dark' ? Mode.Dark : Mode.Light);
    document.documentElement.dataset.theme = mode;
  }, [mode]);
  return mode;
}
