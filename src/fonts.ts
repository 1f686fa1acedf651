/**
 * Registers the shipped Noto Sans faces on the document under the names the map's
 * `text-font` uses. MapLibre, given no `glyphs` URL, draws label text from these local
 * fonts. They must live on `document.fonts`: faces declared inside a shadow root are ignored.
 */
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import latinExt400 from '@fontsource/noto-sans/files/noto-sans-latin-ext-400-normal.woff2?url';
import latinExt700 from '@fontsource/noto-sans/files/noto-sans-latin-ext-700-normal.woff2?url';
import {FONT_BOLD, FONT_REGULAR} from './layers/basemap-style';
import {packageFile} from './base-path';

// The unicode ranges fontsource gives these subsets, so a face is fetched only when needed.
const LATIN = 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, U+2000-206F, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215, U+FEFF, U+FFFD';
const LATIN_EXT = 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF';

/** CSS family names for the interface, the same faces the map's labels use. */
export const UI_FONT = `'${FONT_REGULAR}', 'Noto Sans', system-ui, sans-serif`;

let registered: Promise<unknown> | undefined;

/** Adds the faces once per document and resolves when the regular and bold Latin faces are loaded. */
export function registerFonts(): Promise<unknown> {
  if (registered) return registered;
  const face = (name: string, url: string, unicodeRange: string) => new FontFace(name, `url(${packageFile(url)}) format('woff2')`, {unicodeRange});
  const faces = [
    face(FONT_REGULAR, latin400, LATIN),
    face(FONT_REGULAR, latinExt400, LATIN_EXT),
    face(FONT_BOLD, latin700, LATIN),
    face(FONT_BOLD, latinExt700, LATIN_EXT),
  ];
  for (const each of faces) document.fonts.add(each);
  // A missing font file must not stop the map: labels then fall back to sans-serif.
  registered = Promise.allSettled([faces[0].load(), faces[2].load()]);
  return registered;
}
