/** axe-core on the element in its main states: no serious or critical violation. */
import {afterEach, describe, expect, it, vi} from 'vitest';
import axe from 'axe-core';
import {mount} from './helpers';
import type {RouteMap} from '../../src/index';

afterEach(() => document.querySelectorAll('route-map').forEach((el) => el.remove()));

async function violations(el: RouteMap) {
  await el.updateComplete;
  const result = await axe.run(el, {resultTypes: ['violations']});
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Printed for the record (and the closing note): every rule that fails, whatever its impact.
  console.log(result.violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join('; ') || 'no violations');
  return serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

describe('accessibility (axe-core)', () => {
  it('default state', async () => {
    const {el, ready} = mount();
    await ready;
    expect(await violations(el)).toEqual([]);
  });

  it('with a port selected and its details open', async () => {
    const {el, ready} = mount({selected: 'rotterdam'});
    await ready;
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')).not.toBeNull(), {timeout: 5000});
    expect(await violations(el)).toEqual([]);
  });

  it('with the data table open', async () => {
    const {el, ready} = mount();
    await ready;
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.tables table')).not.toBeNull(), {timeout: 5000});
    expect(await violations(el)).toEqual([]);
  });

  it('in presenter mode, in Dutch', async () => {
    const {el, ready} = mount({presenter: '', lang: 'nl'});
    await ready;
    expect(await violations(el)).toEqual([]);
  });
});

it('the check sees inside the shadow root (an unnamed button there is caught)', async () => {
  const {el, ready} = mount();
  await ready;
  el.shadowRoot!.append(document.createElement('button'));
  expect((await violations(el)).join()).toContain('button-name');
});
