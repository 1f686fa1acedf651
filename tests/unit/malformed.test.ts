/** 200 generated malformed bundles through the validator: each costs exactly its one broken feature. */
import {describe, expect, it} from 'vitest';
import {validateData} from '../../src/data/validate';
import {LAYER_NAMES} from '../../src/data/schema';
import {malformedCases} from '../fixtures/malformed';

describe('generated malformed input', () => {
  const cases = malformedCases(200);

  it('covers 200 cases and every mutation', () => {
    expect(cases).toHaveLength(200);
    expect(new Set(cases.map((c) => c.name.replace(/ \(#\d+\)$/, ''))).size).toBe(32);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: one problem naming its file, the valid features kept', (_, c) => {
    const inputs = Object.fromEntries(LAYER_NAMES.map((l) => [l, {file: `bundle.json (${l})`, json: c.bundle[l]}]));
    const {data, problems} = validateData(inputs);
    expect(problems, JSON.stringify(problems)).toHaveLength(1);
    expect(problems[0].file).toBe(`bundle.json (${c.layer})`);
    expect(problems[0].index !== undefined || problems[0].id !== undefined).toBe(true);
    expect(data.ports.map((p) => p.id).sort()).toEqual(['p1', 'p2', 'p3']);
    expect(data.routes.map((r) => r.id)).toEqual(['r1']);
  });
});
