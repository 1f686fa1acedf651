/**
 * The element's controllers, made in one place and in one direction: each takes, in its
 * constructor, the parts made before it that it reads. What a part must tell or ask a part made
 * after it (the session's moments, the story's changes, the scene's inputs) is wired in the last
 * block, "who hears what": the one place where arrows point back up. No part reads the element's
 * private state; they read its public properties and the ambient state (ambient.ts).
 */
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {Problem} from '../../data/schema';
import type {Records} from '../../data/records';
import {atFlowTime, isDense} from '../../layers/route-layers';
import type {Ambient} from './ambient';
import {LazyParts} from './lazy-parts';
import {Notices} from './notices';
import {Switches} from './switches';
import {cameraForBounds, type Camera} from './map/camera';
import {FlowController} from './map/flow';
import {DEFAULT_BOUNDS, MAX_ZOOM, MapSession} from './map/map-session';
import {MapSettings} from './map/map-settings';
import {PointerController} from './map/pointer';
import {Scene, type SceneState} from './map/scene';
import {Stage} from './stage/stage';
import {StoryController} from './story/story-controller';
import {TimeController} from './time/time-controller';
import {AnnounceController} from './parts/announce';
import {NavigatorController} from './parts/navigator';
import {PosterController, posterFor} from './poster/poster';
import {ExportController} from './export/exports';
import {ConsoleDoor} from './console/door';
import {SearchController} from './search/search-box';
import {EditorDoor} from './editor/door';
import type {RouteMap} from './route-map';

/** Code loaded on first use, by dynamic import: Vite puts each in a chunk of its own. */
const LAZY = {
  table: () => import('./parts/table'),
  details: () => import('./parts/details'),
  export: () => import('../../story/export'),
  briefing: () => import('../../export/briefing'),
};

/** The element's parts, by what they own. */
export interface Parts {
  notices: Notices; switches: Switches; lazy: LazyParts<typeof LAZY>;
  session: MapSession; scene: Scene; pointer: PointerController; settings: MapSettings;
  stage: Stage; story: StoryController; announce: AnnounceController; time: TimeController; navigator: NavigatorController;
  poster: PosterController; exports: ExportController; flow: FlowController;
  consoleDoor: ConsoleDoor; search: SearchController; editor: EditorDoor;
}

/**
 * Makes the element's parts. `report` collects attribute problems, which the element shows once
 * it is connected. The order is the order Lit runs them in before and after each render.
 */
export function wire(el: RouteMap, ambient: Ambient, report: (problem: Problem) => void): Parts {
  // What every room shares.
  const notices = new Notices(el);
  const switches = new Switches();
  const lazy = new LazyParts(el, LAZY);

  // A presenter's console shows instead of a map in its own window.
  const consoleDoor: ConsoleDoor = new ConsoleDoor(el, () => ({ambient, session, story, exports, notices}));

  // The map and what it draws.
  const session = new MapSession(el, {ambient, notices, fallback: () => lazy.load('table'), idle: () => consoleDoor.active});
  const scene: Scene = new Scene(el, session, () => sceneState());
  const pointer = new PointerController(el, session, scene);
  const settings = new MapSettings(el, {ambient, session, scene, switches});

  // The free part of the box, the story and time.
  const stage = new Stage(el, {ambient, session, scene, details: () => lazy.load('details')});
  const story = new StoryController(el, {ambient, session, stage});
  const announce = new AnnounceController(el, {ambient, session, stage});
  const time = new TimeController(el, {ambient, session, story, stage, announce});
  const navigator = new NavigatorController(el, pointer, scene);
  const search = new SearchController(el, () => switches.shows('search') && !el.presenter);

  // The first picture, the exports, the moving flows.
  const poster = new PosterController(el, {
    ambient, session,
    wanted: () => posterFor(el, {opening: story.openingId(), lang: ambient.language, noWebGL: session.noWebGL}),
    camera: () => openingCamera(),
  });
  const exports = new ExportController(el, {ambient, notices, load: () => lazy.load('briefing')});
  // The story editor, its code loaded when editing starts.
  const editor = new EditorDoor(el, () => ({ambient, story, switches, time, exports, notices, failed: (message) => notices.report([{file: 'editor', message}])}));
  const flow = new FlowController(el, {
    active: () => session.ready && !session.contextLost && !!session.overlay && !isDenseSelection(scene)
      && !ambient.motionReduced && !story.blanked,
    frame: (now) => session.drawFrame(atFlowTime(scene.layers, now / 1000)),
  });

  // Who hears what.
  session.on = {
    // A new start announces the selection again, once, as soon as there are records to name it.
    loaded: () => { announce.reset(); scene.invalidate(); editor.loaded(); },
    pictured: () => poster.pictured(),
    // So many routes are drawn as a sample of those in view: drawn again after each move.
    created: (map) => {
      stage.attach(map);
      pointer.attach(map).on('moveend', () => { if (isDenseSelection(scene)) scene.invalidate(); });
    },
    opened: (map) => opened(map),
    swapped: () => { pointer.show(undefined); navigator.reset(); settings.colours(); scene.invalidate(); },
    released: () => { story.stop(); time.player.stop(); pointer.show(undefined); lazy.cancelPrefetch(); },
    ready: () => { lazy.prefetch(); if (!story.playing) story.scheduleAutoplay(); },
  };
  switches.on = {changed: () => { scene.invalidate(); settings.colours(); }};
  stage.on = {reframeChapter: () => (story.current ? el.goTo(story.index, {animate: false}).then(() => true) : Promise.resolve(false))};
  story.on = {
    changed: () => scene.invalidate(), download: (format) => void exports.download(format), leftTime: () => time.leave(),
    console: () => void consoleDoor.open().catch(() => undefined),
  };
  time.on = {report, changed: () => scene.invalidate()};
  search.on = {choose: (entry) => (entry.kind === 'event' ? time.choose(entry.id) : void (el.selected = entry.id))};
  const sceneState = (): SceneState => ({
    chapter: story.current, selected: el.selected, isHidden: (name) => switches.isHidden(name),
    focus: known(el.selected ?? pointer.hoverId, session.records),
    year: el.year, date: el.date, concerns: time.chosen?.concerns, chosenEvent: time.chosenEvent,
    widthScale: el.presenter ? 1.8 : 1, animate: !ambient.motionReduced, globe: el.projection === 'globe',
  });

  /** A new map has the data: its settings, the selection and the chapter, before its first picture. */
  async function opened(map: MapLibreMap) {
    settings.apply();
    scene.invalidate();
    // Outside a chapter, the first view fits the free part of the box too.
    await el.updateComplete;
    stage.openingView(map);
    await story.open();
    if (el.map !== map) return;
    await el.updateComplete;
    await stage.frameSelection();
  }

  /** The camera the map opens with in this box, as the stage will fit it, once the interface over the map is drawn from the data and the story. */
  function openingCamera(): Camera | undefined {
    if (!el.routeData || !el.storyData) return undefined;
    const chapter = el.storyData.chapters[story.shownIndex()];
    const bounds = chapter ? story.bounds(chapter) : DEFAULT_BOUNDS;
    if (!bounds) return undefined;
    return cameraForBounds(bounds, el.clientWidth, el.clientHeight, stage.padding(bounds), {maxZoom: MAX_ZOOM});
  }

  return {notices, switches, lazy, consoleDoor, session, scene, pointer, settings, stage, story, announce, time, navigator, search, poster, exports, flow, editor};
}

/** The id if it names a record. */
const known = (id: string | undefined, records: Records) => (id !== undefined && records.byId.has(id) ? id : undefined);

/** So many routes are a density picture: no moving dashes. */
const isDenseSelection = (scene: Scene) => isDense(scene.selection?.routes.length ?? 0);
