// The theme rule as a pre-paint inline script (used by the server layout, so no 'use client'):
// a stored choice wins, else the system's preference.
export type Theme = 'light' | 'dark';
export const THEME_KEY = 'taskline:theme';

/** Runs inline in <head> before first paint; keep it self-contained. */
export const THEME_BOOT_SCRIPT = `(function(){try{var t=localStorage.getItem('${THEME_KEY}');if(t!=='light'&&t!=='dark'){t=matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}document.documentElement.dataset.theme=t}catch(e){document.documentElement.dataset.theme='light'}})();`;
