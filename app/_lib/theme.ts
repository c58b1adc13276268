'use client';
// Light/dark theme: the system's by default, a stored explicit choice once the user toggles.
// theme-boot.ts applies the same rule before React loads, so nothing flashes.
import { useCallback, useEffect, useState } from 'react';

import { THEME_KEY, type Theme } from './theme-boot.ts';

export type { Theme };

function currentTheme(): Theme {
  return document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
}

export function useTheme(): { theme: Theme; toggle(): void } {
  const [theme, setTheme] = useState<Theme>('light');

  useEffect(() => {
    setTheme(currentTheme());
    // Follow the system while the user hasn't chosen.
    const media = matchMedia('(prefers-color-scheme: dark)');
    const follow = () => {
      if (localStorage.getItem(THEME_KEY)) return;
      document.documentElement.dataset.theme = media.matches ? 'dark' : 'light';
      setTheme(currentTheme());
    };
    media.addEventListener('change', follow);
    return () => media.removeEventListener('change', follow);
  }, []);

  const toggle = useCallback(() => {
    const next: Theme = currentTheme() === 'dark' ? 'light' : 'dark';
    document.documentElement.dataset.theme = next;
    try {
      localStorage.setItem(THEME_KEY, next);
    } catch {
      // The toggle still works for this visit.
    }
    setTheme(next);
  }, []);

  return { theme, toggle };
}
