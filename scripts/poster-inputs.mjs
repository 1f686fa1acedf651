// What the posters show (scripts/posters.mjs): the sizes they are made for, and a digest of the
// data, the story and the basemap's recipe, so that tests/unit/posters.test.ts fails when a poster
// would show figures or places the map no longer does. How they are drawn is checked by looking:
// tests/browser/poster.test.ts compares poster and live map pixel by pixel.
import {createHash} from 'node:crypto';
import {readFileSync, readdirSync} from 'node:fs';

/** The boxes posters are made for: a laptop, a projector, a phone. Other boxes get the nearest, placed by the camera. */
export const POSTER_SIZES = [{width: 1280, height: 720}, {width: 1920, height: 1080}, {width: 390, height: 844}];

/** Presenter mode's boxes: a projector and a laptop on one. Every chapter, not the default view (presenter mode opens at a chapter). */
export const PRESENTER_SIZES = [{width: 1920, height: 1080}, {width: 1280, height: 720}];

/** What of a file a poster shows: all of it, but for the story's speaker notes and planned minutes, which draw nothing. */
function drawn(root, f) {
  if (f !== 'geo/story.json') return readFileSync(root + f);
  const story = JSON.parse(readFileSync(root + f, 'utf8'));
  for (const chapter of story.chapters ?? []) {
    delete chapter.notes;
    delete chapter.minutes;
  }
  return JSON.stringify(story);
}

export function posterInputsDigest(root) {
  const files = [
    ...readdirSync(`${root}geo`).filter((f) => f.endsWith('.geojson') || f === 'story.json').sort().map((f) => `geo/${f}`),
    'scripts/build-basemap.mjs',
  ];
  const hash = createHash('sha256');
  for (const f of files) hash.update(f).update('\0').update(drawn(root, f)).update('\0');
  return hash.digest('hex').slice(0, 16);
}
