/** Each reactive controller of <route-map> on a bare Lit host: no map, no WebGL, only the behaviour it owns. */
import {afterEach, describe, expect, it, vi} from 'vitest';
import {LitElement, html} from 'lit';
import {FlowController} from '../../src/components/route-map/map/flow';
import {TimePlayer} from '../../src/components/route-map/time/time-player';
import {DEFAULT_SPAN} from '../../src/data/time';
import {LazyParts} from '../../src/components/route-map/lazy-parts';
import {Stage} from '../../src/components/route-map/stage/stage';
import {StoryController} from '../../src/components/route-map/story/story-controller';
import type {RouteMapChapterDetail} from '../../src/components/route-map/events';
import type {Story} from '../../src/story/story';
import {NO_RECORDS} from '../../src/data/records';
import {SearchController} from '../../src/components/route-map/search/search-box';
import {validateData} from '../../src/data/validate';
import {validPort} from '../fixtures/malformed';

let tags = 0;
/** A fresh custom element class with the given body, mounted on the page. */
function host<T extends LitElement>(make: (base: typeof LitElement) => new () => T): T {
  const tag = `bare-host-${++tags}`;
  customElements.define(tag, make(LitElement));
  const el = document.createElement(tag) as T;
  el.style.cssText = 'display:block;width:200px;height:100px';
  document.body.append(el);
  return el;
}

afterEach(() => document.querySelectorAll('body > *').forEach((el) => el.tagName.startsWith('BARE-HOST') && el.remove()));

describe('FlowController', () => {
  it('runs frames while active and on screen, stops when inactive, off screen or disconnected', async () => {
    let active = true;
    const frames: number[] = [];
    const el = host((Base) => class extends Base {
      flow = new FlowController(this, {active: () => active, frame: (now) => frames.push(now)});
    });
    await vi.waitFor(() => expect(frames.length).toBeGreaterThan(2));
    expect(el.flow.running).toBe(true);
    active = false;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.flow.running).toBe(false);
    active = true;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.flow.running).toBe(true);
    el.style.cssText += ';position:fixed;top:5000px';
    await vi.waitFor(() => expect(el.flow.running).toBe(false));
    el.style.top = '0px';
    await vi.waitFor(() => expect(el.flow.running).toBe(true));
    el.remove();
    expect(el.flow.running).toBe(false);
  });
});

describe('TimePlayer', () => {
  it('steps the host date through the years and events to the last and stops; pauses on toggle and on disconnect', async () => {
    const events = [{id: 'a', date: '2021-12'}, {id: 'b', date: '2024-05-07'}] as never[];
    const seen: (string | undefined)[] = [];
    const el = host((Base) => class extends Base {
      private shown?: string;
      get date() { return this.shown; }
      set date(value) { this.shown = value; seen.push(value); }
      player = new TimePlayer(this, () => events, () => DEFAULT_SPAN, 10);
    });
    el.date = '2021';
    el.player.toggle();
    expect(el.player.playing).toBe(true);
    await vi.waitFor(() => expect(el.player.playing).toBe(false));
    // From the stop after the moment shown: the event of December 2021 ends with 2021, so 2022 is next.
    expect(seen).toEqual(['2021', '2022', '2023', '2024-05-07', '2024', '2025']);
    el.player.toggle();
    expect(el.date).toBe('2016');
    el.remove();
    expect(el.player.playing).toBe(false);
  });
});

describe('LazyParts', () => {
  it('loads a part once on first use and renders the host again', async () => {
    let loads = 0;
    const el = host((Base) => class extends Base {
      parts = new LazyParts(this, {greeting: async () => { loads++; return {text: 'loaded'}; }});
      render() { return html`${this.parts.get('greeting')?.text ?? 'loading'}`; }
    });
    await vi.waitFor(() => expect(el.shadowRoot!.textContent).toBe('loaded'));
    await el.parts.load('greeting');
    expect(loads).toBe(1);
  });
});

describe('StoryController', () => {
  const story: Story = {
    title: {en: 'Story', nl: 'Verhaal'},
    chapters: ['one', 'two', 'three'].map((id) => ({id, title: {en: id, nl: id}, text: {en: id, nl: id}, camera: {center: [4, 52] as [number, number], zoom: 3, pitch: 0, bearing: 0}, layers: [], highlight: []})),
  };
  const fakeMap = () => ({jumpTo: vi.fn(), flyTo: vi.fn(), fitBounds: vi.fn()});

  it('goes to chapters by index, id and keys; fires route-map-chapter; leaves; blanks only in presenter mode', async () => {
    const changed = vi.fn();
    const map = fakeMap();
    const el = host((Base) => class extends Base {
      static properties = {chapter: {}, presenter: {type: Boolean}};
      chapter?: string;
      presenter = false;
      hash = false;
      selected?: string;
      interactive = true;
      storyData = story;
      map = map as never;
      chapters = new StoryController(this, {ambient: {language: 'en', motionReduced: true}, session: {ready: true, records: NO_RECORDS}, stage: new Stage(this)});
    });
    el.chapters.on.changed = changed;
    const seen: RouteMapChapterDetail[] = [];
    el.addEventListener('route-map-chapter', (e) => seen.push(e.detail));
    await el.chapters.goTo(1);
    expect([el.chapters.index, el.chapter, el.chapters.current?.id]).toEqual([1, 'two', 'two']);
    expect(map.jumpTo).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalled();
    el.dispatchEvent(new KeyboardEvent('keydown', {key: 'PageDown'}));
    await vi.waitFor(() => expect(seen.map((c) => c.id)).toEqual(['two', 'three']));
    el.chapters.goToId('one');
    await vi.waitFor(() => expect(seen.map((c) => c.id)).toEqual(['two', 'three', 'one']));
    el.dispatchEvent(new KeyboardEvent('keydown', {key: 'b'}));
    expect(el.chapters.blanked).toBe(false);
    el.presenter = true;
    await el.updateComplete;
    el.dispatchEvent(new KeyboardEvent('keydown', {key: 'b'}));
    expect(el.chapters.blanked).toBe(true);
    el.dispatchEvent(new KeyboardEvent('keydown', {key: 'Escape'}));
    await el.updateComplete;
    expect([el.presenter, el.chapters.blanked]).toEqual([false, false]);
    el.chapters.leave();
    expect([el.chapters.index, el.chapter]).toEqual([-1, undefined]);
  });
});

describe('SearchController', () => {
  it('Enter typed before the matching has loaded chooses the first answer once it has', async () => {
    const {data} = validateData({ports: {file: 'ports', json: {type: 'FeatureCollection', features: [validPort('moin', -83.08, 9.99, 'CRI')]}}});
    const chosen: string[] = [];
    const el = host((Base) => class extends Base {
      routeData = data;
      presenter = false;
      search = new SearchController(this, () => true);
      render() {
        return this.search.render('en');
      }
    });
    el.search.on = {choose: (entry) => chosen.push(entry.id)};
    await el.updateComplete;
    const input = el.renderRoot.querySelector('input')!;
    input.value = 'port moin';
    input.dispatchEvent(new InputEvent('input'));
    input.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter', bubbles: true, composed: true}));
    await vi.waitFor(() => expect(chosen).toEqual(['moin']));
    expect(el.search.query).toBe('Port moin');
    expect(el.search.open).toBe(false);
  });
});
