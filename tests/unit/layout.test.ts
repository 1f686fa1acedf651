/** What gives way when the interface has not room for all its parts (layout.ts). */
import {describe, expect, it} from 'vitest';
import {arrange, roomOf} from '../../src/components/route-map/parts/layout';

const closed = {tables: false, details: false, search: false};

describe('the composed interface', () => {
  it('knows a phone, a narrow column and a screen by width', () => {
    expect([390, 600, 601, 760, 761, 1920].map(roomOf)).toEqual(['phone', 'phone', 'narrow', 'narrow', 'wide', 'wide']);
  });

  it('on a screen: search and legend at the left, notices, time and details at the right, the story at the bottom', () => {
    expect(arrange('wide', closed)).toEqual({start: ['search', 'legend'], end: ['problems', 'time', 'details'], bottom: ['panel'], tables: false});
  });

  it('on a phone, the details sheet takes the story panel\'s place while it is open', () => {
    expect(arrange('phone', closed).bottom).toEqual(['panel']);
    expect(arrange('phone', {...closed, details: true}).bottom).toEqual(['details']);
    expect(arrange('phone', {...closed, details: true}).start).not.toContain('details');
  });

  it('the tables stand in for the map: what is about the map yields; the details stay beside them', () => {
    const {start, end, bottom} = arrange('wide', {...closed, tables: true, details: true});
    expect([...start, ...end, ...bottom]).not.toContain('legend');
    expect([...start, ...end, ...bottom]).not.toContain('search');
    expect([...start, ...end, ...bottom]).not.toContain('panel');
    expect(end).toContain('details');
  });

  it('the legend yields to an open list of search answers; a narrow box folds the time bar in under it', () => {
    expect(arrange('wide', {...closed, search: true}).start).toEqual(['search']);
    expect(arrange('narrow', closed).start).toEqual(['search', 'legend', 'time']);
  });

  it('puts every part somewhere exactly once', () => {
    for (const room of ['phone', 'narrow', 'wide'] as const) {
      const {start, end, bottom} = arrange(room, {...closed, details: true});
      const all = [...start, ...end, ...bottom];
      expect(new Set(all).size).toBe(all.length);
      expect(all).toEqual(expect.arrayContaining(['search', 'legend', 'time', 'details', 'problems']));
    }
  });
});
