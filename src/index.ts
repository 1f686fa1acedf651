/** The library without side effects: import the class and register it yourself, or use route-map.ts. */
export {RouteMap} from './components/route-map/route-map';
export type {RouteMapReadyDetail, RouteMapErrorDetail, RouteMapChapterDetail, RouteMapSelectDetail, RouteMapTimeDetail, RouteMapStoryChangeDetail} from './components/route-map/events';
export type {Story, Chapter, Camera, StoryLayer} from './story/story';
export type {ChapterTexts, GivenText} from './story/edit';
export {defineRouteMap} from './components/route-map/define';
export {setBasePath, getBasePath} from './base-path';
export type * from './data/schema';
