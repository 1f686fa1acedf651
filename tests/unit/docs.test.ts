/** The docs page's contract tables, generated from custom-elements.json (`npm run manifest`, run before the tests). */
import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {contractTables} from '../../scripts/docs-tables';

const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

describe('the contract tables', () => {
  const html = contractTables(manifest);

  it('list every attribute, event, slot and part of the contract, each with its doc line', () => {
    for (const attribute of ['lang', 'chapter', 'theme', 'basemap', 'data', 'layers', 'year', 'selected', 'interactive', 'controls', 'autoplay', 'reduced-motion']) {
      expect(html, attribute).toMatch(new RegExp(`<tr><th scope="row"><code>${attribute}</code></th><td>.+</td><td>.+[a-z]{4,}.*</td></tr>`));
    }
    for (const name of ['route-map-ready', 'route-map-select', 'route-map-chapter', 'route-map-error', 'title', 'caption', 'footer', 'legend', 'panel', '--route-map-font']) {
      expect(html, name).toContain(`<code>${name}</code>`);
    }
    for (const method of ['goTo(index, options)', 'exportPng(width, height)', 'settled()']) expect(html).toContain(`<code>${method}</code>`);
    expect(html).not.toContain('<code>applyView');
  });

  it('escape what the doc comments say', () => {
    const hostile = {modules: [{declarations: [{tagName: 'x-map', attributes: [{name: 'a"><script>', description: '<img src=x onerror=alert(1)> `<b>`'}]}]}]};
    const out = contractTables(hostile);
    expect(out).not.toMatch(/<script|<img|<b>/);
    expect(out).toContain('&#60;img src=x onerror=alert(1)&#62; <code>&#60;b&#62;</code>');
  });
});
