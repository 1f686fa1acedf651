/** The stage's pure parts, in Node: the free part of the box, camera padding, what a chapter labels first, the presenter's key. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES} from '../../src/data/schema';
import {EXPLORE, originCountries, positionOf, select, selectionPoints, withFocus} from '../../src/data/select';
import {indexRecords} from '../../src/data/records';
import {validateStory} from '../../src/story/story';
import {viewOf} from '../../src/story/view';
import {labelPriority} from '../../src/layers/place-labels';
import {markerBlockers, placeLabelFilter, priorityLabelFilter} from '../../src/layers/basemap-style';
import {freeArea, mercatorAspect, paddingFor} from '../../src/components/route-map/stage/free-area';
import {extendBounds} from '../../src/components/route-map/stage/stage';
import {rolesShown} from '../../src/components/route-map/story/key';

const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: name, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data} = validateData(inputs);
const {story} = validateStory('geo/story.json', JSON.parse(readFileSync(new URL('../../geo/story.json', import.meta.url), 'utf8')));
const chapter = (id: string) => story!.chapters.find((c) => c.id === id)!;

describe('the free area', () => {
  // A presenter's 1920×1080: the key at the top left, the story panel at the bottom centre, the buttons at the bottom right.
  const key = {left: 54, top: 54, right: 600, bottom: 330};
  const panel = {left: 365, top: 760, right: 1555, bottom: 1026};
  const buttons = {left: 1840, top: 980, right: 1908, bottom: 1060};

  it('is the whole box, less its edge, when nothing covers it', () => {
    expect(freeArea(1920, 1080, [], {edge: 54})).toEqual({left: 54, top: 54, right: 1866, bottom: 1026});
  });

  it('never overlaps the interface, and is the largest rectangle that does not', () => {
    const area = freeArea(1920, 1080, [key, panel, buttons], {edge: 54});
    for (const b of [key, panel, buttons]) {
      expect(area.left >= b.right || area.right <= b.left || area.top >= b.bottom || area.bottom <= b.top).toBe(true);
    }
    // Beside the key and above the panel: 1266 × 706.
    expect(area).toEqual({left: 600, top: 54, right: 1866, bottom: 760});
  });

  it('follows the shape of what is to be fitted: a tall one takes the full height beside the panel', () => {
    expect(freeArea(1920, 1080, [key, panel], {edge: 54, aspect: 0.3})).toEqual({left: panel.right, top: 54, right: 1866, bottom: 1026});
  });

  it('turns into camera padding with room for labels, never more than a quarter of the area', () => {
    const area = {left: 600, top: 54, right: 1866, bottom: 760};
    expect(paddingFor(area, 1920, 1080, 40)).toEqual({left: 640, top: 94, right: 94, bottom: 360});
    expect(paddingFor({left: 0, top: 0, right: 40, bottom: 40}, 100, 100, 40)).toEqual({left: 10, top: 10, right: 70, bottom: 70});
  });

  it('measures bounds as a flat map draws them', () => {
    expect(mercatorAspect([[-10, -10], [10, 10]])).toBeCloseTo(1, 1);
    // Far north a degree of latitude takes more room: Scandinavia is taller than it is wide in degrees.
    expect(mercatorAspect([[0, 50], [10, 70]])).toBeLessThan(0.5);
  });

  it('extends a chapter\'s bounds to every place it highlights', () => {
    expect(extendBounds([[0, 0], [10, 10]], [[-5, 3], [12, 20]])).toEqual([[-5, 0], [12, 20]]);
    expect(extendBounds(undefined, [])).toBeUndefined();
  });
});

describe('labels as cartography', () => {
  it('names first what a chapter is about: its highlights, and where its outbound flows start', () => {
    const hub = select(data, viewOf(chapter('hub')));
    expect(labelPriority(chapter('hub').highlight, hub.routes)).toEqual(['rotterdam']);
    const synthetics = select(data, viewOf(chapter('synthetics')));
    expect(labelPriority([], synthetics.routes)).toEqual(['netherlands']);
    expect(labelPriority(chapter('organisations').highlight, [])).toEqual(chapter('organisations').highlight);
  });

  it('marks the Netherlands where synthetic drugs and money start, and no producer', () => {
    expect(originCountries(data).map((c) => c.id)).toEqual(['netherlands']);
    expect(select(data, viewOf(chapter('money'))).origins.map((c) => c.id)).toEqual(['netherlands']);
    expect(select(data, viewOf(chapter('source'))).origins).toEqual([]);
  });

  it('keeps the priority places out of the ordinary label layer, at every zoom in their own', () => {
    expect(JSON.stringify(placeLabelFilter(['a', 'b'], ['a']))).toContain('"!"');
    expect(priorityLabelFilter(['a', 'b'], ['a', 'c'])).toEqual(['in', ['get', 'id'], ['literal', ['a']]]);
    expect(priorityLabelFilter(undefined, ['a', 'c'])).toEqual(['in', ['get', 'id'], ['literal', ['a', 'c']]]);
  });

  it('blocks labels from each marker drawn, sized by its radius', () => {
    const {filter, size} = markerBlockers(new Map([['rotterdam', 8], ['europol', 2]]));
    expect(filter).toEqual(['in', ['get', 'id'], ['literal', ['rotterdam', 'europol']]]);
    // Icons of 8 px: twice the radius over 8.
    expect(size).toEqual(['match', ['get', 'id'], 'rotterdam', 2, 'europol', 0.5, 1]);
    expect(markerBlockers(new Map()).size).toBe(1);
  });
});

describe('the presenter key', () => {
  it('lists the roles of the countries a chapter singles out, or of those in its bounds', () => {
    const money = select(data, viewOf(chapter('money')));
    expect(rolesShown(money)).toEqual(['coalition', 'partner']);
    const mainports = select(data, viewOf(chapter('mainports')));
    const boxes = new Map<string, [number, number, number, number]>([['NLD', [3.3, 50.7, 7.2, 53.6]], ['BEL', [2.5, 49.5, 6.4, 51.5]], ['COL', [-79, -4, -66, 13]]]);
    expect(rolesShown(mainports, chapter('mainports').camera.bounds, boxes)).toEqual(['coalition']);
    // Before the world's shapes are there, every role.
    expect(rolesShown(mainports, chapter('mainports').camera.bounds, new Map())).toHaveLength(4);
  });
});

describe('what a selection brings into view', () => {
  const records = indexRecords(data);

  it('is the record and the ends of the flows it brings forward', () => {
    const selection = select(data, withFocus(EXPLORE, 'santos'));
    const points = selectionPoints('santos', selection, records);
    expect(points[0]).toEqual(positionOf('santos', records)[0]);
    // Bolivia's coca to Santos, and Santos's cocaine to Europe's ports.
    const ends = new Set(points.map((p) => p.join()));
    expect(ends.has(data.ports.find((p) => p.id === 'antwerp')!.position.join())).toBe(true);
    expect(points.length).toBeGreaterThan(4);
  });

  it('has no position for a route or a country drawn as an area', () => {
    expect(positionOf('bolivia-santos', records)).toEqual([]);
    expect(positionOf('belgium', records)).toEqual([]);
    expect(positionOf('nowhere', records)).toEqual([]);
  });
});
