/**
 * axe-core on the element in its main states: no serious or critical violation. One map serves the
 * tests in turn, as a visitor's would; each sets the state it checks from the default (no selection,
 * tables closed, English, not presenting), so each passes alone and in any order.
 */
import {afterAll, beforeEach, describe, expect, it, vi} from 'vitest';
import axe from 'axe-core';
import {mount} from './helpers';
import type {RouteMap} from '../../src/index';

async function violations(el: RouteMap) {
  await el.updateComplete;
  const result = await axe.run(el, {resultTypes: ['violations']});
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  // Printed for the record (and the closing note): every rule that fails, whatever its impact.
  console.log(result.violations.map((v) => `${v.impact} ${v.id} ×${v.nodes.length}`).join('; ') || 'no violations');
  return serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

let shared: Promise<RouteMap> | undefined;
const visitor = () => (shared ??= (async () => {
  const {el, ready} = mount();
  await ready;
  return el;
})());
afterAll(async () => (await shared)?.remove());
beforeEach(async () => {
  const el = await visitor();
  for (const name of ['selected', 'presenter', 'lang']) el.removeAttribute(name);
  if (el.shadowRoot!.querySelector('.tables table')) el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
  el.shadowRoot!.querySelectorAll('.probe').forEach((b) => b.remove());
  await el.updateComplete;
});

describe('accessibility (axe-core)', () => {
  it('default state', async () => {
    expect(await violations(await visitor())).toEqual([]);
  });

  it('with a port selected and its details open', async () => {
    const el = await visitor();
    el.setAttribute('selected', 'rotterdam');
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.details-title')).not.toBeNull(), {timeout: 5000});
    expect(await violations(el)).toEqual([]);
  });

  it('with the data table open', async () => {
    const el = await visitor();
    el.shadowRoot!.querySelector<HTMLButtonElement>('.table-toggle')!.click();
    await vi.waitFor(() => expect(el.shadowRoot!.querySelector('.tables table')).not.toBeNull(), {timeout: 5000});
    expect(await violations(el)).toEqual([]);
  });

  it('in presenter mode, in Dutch', async () => {
    const el = await visitor();
    el.setAttribute('presenter', '');
    el.setAttribute('lang', 'nl');
    await el.updateComplete;
    await el.settled();
    expect(el.shadowRoot!.querySelector('.table-toggle')!.textContent).toContain('Tabel');
    expect(await violations(el)).toEqual([]);
  });
});

it('the check sees inside the shadow root (an unnamed button there is caught)', async () => {
  const el = await visitor();
  const probe = document.createElement('button');
  probe.className = 'probe';
  el.shadowRoot!.append(probe);
  expect((await violations(el)).join()).toContain('button-name');
});
