/** Time, in Node: dates as precise as their sources, and the response as of a moment before, at and after each change. */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {validateData, type Input} from '../../src/data/validate';
import {GEO_FILES} from '../../src/data/files';
import {LAYER_NAMES} from '../../src/data/schema';
import {DEFAULT_SPAN, holdsAt, inRange, parseMoment, responseAt, timeSpan, yearSpan} from '../../src/data/time';
import {agreementLines, coalitionLine, programmeLine} from '../../src/data/time-text';
import {validateStory} from '../../src/story/story';
import {monthIndex} from '../../src/components/route-map/time/time-bar';
import {playStops} from '../../src/components/route-map/time/time-player';

const inputs = Object.fromEntries(LAYER_NAMES.map((layer) => [layer, GEO_FILES[layer].map((name): Input => ({
  file: name, json: JSON.parse(readFileSync(new URL(`../../geo/${name}`, import.meta.url), 'utf8')),
}))]));
const {data, problems} = validateData(inputs, {strict: true});
const at = (iso?: string) => responseAt(data, iso ? parseMoment(iso) : undefined);
const members = (iso?: string) => at(iso).members.map((c) => c.id);

describe('moments', () => {
  it('reads a year, a month or a day as the period it names', () => {
    expect(parseMoment('2023')).toMatchObject({precision: 'year', start: Date.UTC(2023, 0, 1), end: Date.UTC(2024, 0, 1)});
    expect(parseMoment('2021-12')).toMatchObject({precision: 'month', start: Date.UTC(2021, 11, 1), end: Date.UTC(2022, 0, 1)});
    expect(parseMoment('2024-05-07')).toMatchObject({precision: 'day', start: Date.UTC(2024, 4, 7), end: Date.UTC(2024, 4, 8)});
  });

  it('refuses what is not a date that exists', () => {
    for (const bad of ['2023-02-30', '2023-13', '2023-00', '23', '2023-5', '7 May 2024', '2024-05-07T10:00', '']) expect(parseMoment(bad), bad).toBeUndefined();
    expect(parseMoment('2024-02-29')).toBeDefined();
  });

  it('holds a status from the end of the period its date names: no day is made up', () => {
    // December 2021: in effect by the end of December, not on the 15th.
    expect(holdsAt('2021-12', parseMoment('2021-11'))).toBe(false);
    expect(holdsAt('2021-12', parseMoment('2021-12-15'))).toBe(false);
    expect(holdsAt('2021-12', parseMoment('2021-12-31'))).toBe(true);
    expect(holdsAt('2021-12', parseMoment('2021-12'))).toBe(true);
    expect(holdsAt('2021-12', parseMoment('2021'))).toBe(true);
    // Known by its year only: by the end of that year.
    expect(holdsAt('2023', parseMoment('2023-12-30'))).toBe(false);
    expect(holdsAt('2023', parseMoment('2023-12'))).toBe(true);
    expect(holdsAt('2023', undefined)).toBe(true);
    expect(holdsAt(undefined, parseMoment('2016'))).toBe(true);
  });

  it('covers the years of the data, month by month: from the first seizure figure or event to the latest figure or step', () => {
    const span = timeSpan(data);
    const {months} = span;
    expect([span.first, span.last]).toEqual([2016, 2025]);
    expect(months).toHaveLength(120);
    expect([months[0], months.at(-1)]).toEqual(['2016-01', '2025-12']);
    expect(inRange(parseMoment('2015-12-31')!, span)).toBe(false);
    expect(inRange(parseMoment('2026')!, span)).toBe(false);
    expect(inRange(parseMoment('2025-12-31')!, span)).toBe(true);
    expect([monthIndex(parseMoment('2024-05-07'), span), monthIndex(parseMoment('2023'), span), monthIndex(undefined, span), monthIndex(parseMoment('2010'), span)]).toEqual([100, 95, 119, 0]);
    // A figure for a later year stretches it; data with nothing dated keeps the default.
    const later = {...data, ports: [...data.ports, {...data.ports[0], figures: [{...data.ports[0].figures[0], year: 2026}]}]};
    expect([timeSpan(later).last, timeSpan(later).months.at(-1)]).toEqual([2026, '2026-12']);
    expect(timeSpan({routes: [], ports: [], countries: [], organisations: [], events: []})).toBe(DEFAULT_SPAN);
    expect(yearSpan(2020, 2021).months).toHaveLength(24);
  });
});

describe('the response as of a moment', () => {
  it('the bundled data validates strictly', () => {
    expect(problems).toEqual([]);
  });

  it('has no coalition before December 2021, four members as of that month, six from 7 October 2022, seven from 7 May 2024', () => {
    const first = ['netherlands', 'belgium', 'france', 'spain'];
    expect(members('2021-11')).toEqual([]);
    // The sources give the month, not the day: within December it is not yet known to hold.
    expect(members('2021-12-09')).toEqual([]);
    expect(members('2021-12')).toEqual(first);
    expect(members('2021')).toEqual(first);
    expect(members('2022-10-06')).toEqual(first);
    expect(members('2022-10-07')).toEqual([...first, 'germany', 'italy']);
    expect(members('2022-10')).toHaveLength(6);
    expect(members('2024-05-06')).toHaveLength(6);
    expect(members('2024-05-07')).toHaveLength(7);
    expect(members('2024-05-07')).toContain('sweden');
    expect(members(undefined)).toHaveLength(7);
    expect(at('2024-05-07').membersSince).toBe('2024-05-07');
  });

  it('draws a country without the role it has not got yet', () => {
    const sweden = (iso?: string) => at(iso).countries.find((c) => c.id === 'sweden');
    expect(sweden('2024-05-06')).toBeUndefined();
    expect(sweden('2024-05-07')?.roles).toEqual(['coalition']);
    // The UAE is a partner from the treaties' entry into force.
    expect(at('2023-07-31').countries.some((c) => c.id === 'uae')).toBe(false);
    expect(at('2023-08-01').countries.some((c) => c.id === 'uae')).toBe(true);
    // Colombia's roles carry no date: always drawn.
    expect(at('2016').countries.find((c) => c.id === 'colombia')?.roles).toEqual(['producer', 'transit', 'partner']);
  });

  it('follows each agreement step by step, and says where the sources give no date', () => {
    const step = (iso: string, country: string) => at(iso).agreements.find((a) => a.country.id === country);
    expect(step('2021-08-28', 'uae')?.reached).toBeUndefined();
    expect(step('2021-08-29', 'uae')?.reached?.step).toBe('signed');
    expect(step('2023-07-31', 'uae')?.reached?.step).toBe('signed');
    expect(step('2023-08-01', 'uae')?.reached?.step).toBe('in-force');
    expect(step('2023-06', 'morocco')).toMatchObject({reached: {step: 'main-lines'}, next: {step: 'signed'}});
    expect(step('2023-06', 'morocco')?.next?.date).toBe('2023-12-18');
    expect(step('2024', 'morocco')).toMatchObject({reached: {step: 'signed', date: '2023-12-18'}, next: {step: 'in-force'}});
    expect(step('2024', 'morocco')?.next?.date).toBeUndefined();
    expect(agreementLines(at('2023-08-01'), 'en')).toEqual([
      'Treaties on extradition and mutual legal assistance with United Arab Emirates: in force (1 Aug 2023)',
      'Extradition treaty with Morocco: main lines agreed (22 Jun 2023)',
    ]);
    expect(agreementLines(at('2024'), 'en')[1]).toBe('Extradition treaty with Morocco: signed (18 Dec 2023); in force: no date in the sources');
    expect(agreementLines(at('2021-01'), 'en')).toEqual([]);
  });

  it('has the programmes and alliances from their start', () => {
    const has = (iso: string, id: string) => at(iso).organisations.some((o) => o.id === id);
    expect([has('2023-11-20', 'el-paccto'), has('2023-11-21', 'el-paccto')]).toEqual([false, true]);
    expect([has('2024-01-23', 'european-ports-alliance'), has('2024-01', 'european-ports-alliance')]).toEqual([false, true]);
    // Without a start date in the sources, an organisation is there throughout.
    expect(has('2016', 'europol')).toBe(true);
    expect(programmeLine(at('2024'), 'en')).toBe('Programmes and alliances: EL PAcCTO 2.0 (from 21 Nov 2023), European Ports Alliance (from 24 Jan 2024)');
    expect(programmeLine(at('2022'), 'en')).toBe('');
  });

  it('lists the events that have happened, in date order, each as precise as its source', () => {
    const ids = (iso?: string) => at(iso).events.map((e) => e.id);
    expect(ids('2019-11')).toEqual([]);
    expect(ids('2019-12')).toEqual(['taghi-arrest']);
    expect(ids('2023-06-29')).not.toContain('antwerp-meeting');
    expect(ids('2023-06')).toContain('antwerp-meeting');
    expect(ids(undefined)).toHaveLength(data.events.length);
    const dates = at(undefined).events.map((e) => parseMoment(e.date)!.start);
    expect(dates).toEqual([...dates].sort((a, b) => a - b));
  });

  it('states the coalition in words, in both languages', () => {
    expect(coalitionLine(at('2021-11'), data, 'en')).toBe('As of Nov 2021: no coalition of port countries yet (it starts in Dec 2021)');
    expect(coalitionLine(at('2024-05-07'), data, 'en')).toBe('Coalition as of 7 May 2024: 7 countries');
    expect(coalitionLine(at('2022'), data, 'nl')).toBe('Coalitie per 2022: 6 landen');
    expect(coalitionLine(at(undefined), data, 'en')).toBe('Coalition: 7 countries (since 7 May 2024)');
  });
});

describe('playing time', () => {
  it('stops at the end of every year and at every event, in order', () => {
    const stops = playStops(data.events);
    expect(stops).toHaveLength(10 + data.events.length);
    const ends = stops.map((s) => parseMoment(s.date)!.end);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    // The event of December 2019 before the year 2019, which ends at the same moment.
    const i = stops.findIndex((s) => s.event === 'taghi-arrest');
    expect(stops[i + 1].date).toBe('2019');
  });
});

describe('bad dates', () => {
  const events = (features: unknown[]) => validateData({events: {file: 'events.json', json: {type: 'FeatureCollection', features}}});
  const event = (props: object) => ({type: 'Feature', geometry: null, properties: {
    id: 'e', name: 'An event', date: '2023-05-01', concerns: [], figures: [], sources: [], confidence: 'illustrative', asOf: '2026-12-01', ...props,
  }});

  it('skips an event whose date does not exist, naming it', () => {
    const {data: d, problems: p} = events([event({date: '2023-02-30'}), event({id: 'ok'})]);
    expect(d.events.map((e) => e.id)).toEqual(['ok']);
    expect(p[0]).toMatchObject({index: 0, id: 'e'});
    expect(p[0].message).toContain('date must be a date that exists');
  });

  it('keeps an event that concerns an unknown id, without that reference, and says so', () => {
    const {data: d, problems: p} = events([event({concerns: ['atlantis']})]);
    expect(d.events[0].concerns).toEqual([]);
    expect(p).toHaveLength(1);
    expect(p[0].message).toBe('event "e" concerns unknown id "atlantis"; shown without it');
    expect(p[0].index).toBeUndefined();
    const quiet = validateData({events: {file: 'events.json', json: {type: 'FeatureCollection', features: [event({concerns: ['atlantis']})]}}}, {quietReferences: true});
    expect(quiet.problems).toEqual([]);
  });

  it('skips a chapter whose date does not exist or lies outside the map\'s years', () => {
    const chapter = (id: string, date: string) => ({id, title: {en: 'T', nl: 'T'}, text: {en: 'T', nl: 'T'}, camera: {center: [0, 0], zoom: 2}, date});
    const {story, problems: p} = validateStory('s.json', {chapters: [chapter('a', '2023-02-30'), chapter('b', '2030'), chapter('c', '2024-05')]});
    expect(story!.chapters.map((c) => c.id)).toEqual(['c']);
    expect(p.map((x) => x.id)).toEqual(['a', 'b']);
    expect(p[1].message).toContain('date must be a year from 2000 to');
  });
});
