import {describe, expect, it} from 'vitest';
import {parseControls, parseLayers} from '../../src/components/route-map/options';

describe('the layers attribute', () => {
  it('means every layer when absent', () => {
    expect(parseLayers(null)).toEqual({problems: []});
    expect(parseLayers(undefined)).toEqual({problems: []});
  });

  it('takes names separated by spaces or commas, in any case', () => {
    expect([...parseLayers('ocean, Onward  ports').names!]).toEqual(['ocean', 'onward', 'ports']);
  });

  it('reads countries as every country role', () => {
    expect([...parseLayers('money countries').names!]).toEqual(['money', 'producer', 'transit', 'coalition', 'partner', 'destination']);
  });

  it('names nothing for none or an empty value', () => {
    expect(parseLayers('none')).toEqual({names: new Set(), problems: []});
    expect(parseLayers('')).toEqual({names: new Set(), problems: []});
  });

  it('reports each unknown name, names the attribute, and keeps the known ones', () => {
    const {names, problems} = parseLayers('ocean <img src=x> cocaine');
    expect([...names!]).toEqual(['ocean']);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringMatching(/^"<img" is not a known name; use any of source, ocean/),
      expect.stringMatching(/^"src=x>" is not/),
      expect.stringMatching(/^"cocaine" is not/),
    ]);
    expect(problems[0].file).toBe('layers attribute');
  });
});

describe('the controls attribute', () => {
  it('lists the controls to show', () => {
    expect([...parseControls('legend story').names!]).toEqual(['legend', 'story']);
    expect(parseControls('none').names!.size).toBe(0);
    expect(parseControls('legend zoom').problems[0]).toMatchObject({file: 'controls attribute', message: expect.stringContaining('"zoom"')});
  });
});
