// The benchmark's figures as scripts/bench.mjs prints them and as BENCHMARKS.md shows them (its
// tables between <!-- bench:start --> and <!-- bench:end -->). Node only: no page loads this.

/** A figure rounded for reading; '—' where it was not measured. */
export const fmt = (x, digits = 0) => (x === null || x === undefined ? '—' : x.toFixed(digits));
/** a / b as '1.23×'; '—' where either is missing. */
export const ratio = (a, b) => (a === null || b === null ? '—' : `${(a / b).toFixed(2)}×`);

/** BENCHMARKS.md (`md`) with its tables made from `results` (bench-results.json's shape). */
export function benchmarksMd({date, machine, viewport, rows, product, firstPicture}, md) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  const ourLine = (label, o) => line([label, fmt(o.readyMs), fmt(o.kb), `${fmt(o.redraw?.median)} / ${fmt(o.redraw?.p95)} (${o.redraw?.animating ? 'flows moving' : 'still, redrawn'})`,
    `${fmt(o.pan?.median)} / ${fmt(o.pan?.p95)}`, o.hover ? `${fmt(o.hover.route)} / ${fmt(o.hover.port)}` : '—', fmt(o.peakHeapMb, 1)]);
  const table = [
    line(['Page', 'First picture (ms)', 'Gzip before it (KB)', 'Frame (median / p95 ms)', 'Panning (median / p95 ms)', 'Hover → tooltip: route / port (ms)', 'Peak JS heap (MB)']),
    line(Array(7).fill('---')),
    ...rows.flatMap(({label, baseline: b, ours: o}, i) => [
      line([`**${label}**`, '', '', '', '', '', '']),
      line(['baseline', fmt(b.readyMs), fmt(b.kb), `${fmt(b.redraw?.median)} / ${fmt(b.redraw?.p95)} (static, redrawn)`, `${fmt(b.pan?.median)} / ${fmt(b.pan?.p95)}`, 'no tooltips', fmt(b.peakHeapMb, 1)]),
      ourLine('ours (one tag)', o),
      line(['ratio ours / baseline', ratio(o.readyMs, b.readyMs), ratio(o.kb, b.kb), ratio(o.redraw?.median ?? null, b.redraw?.median ?? null), ratio(o.pan?.median ?? null, b.pan?.median ?? null), '', '']),
      ...(i === 0 && product ? [ourLine('product page (index.html, story at chapter 1)', product), line(['ratio product / baseline', ratio(product.readyMs, b.readyMs), ratio(product.kb, b.kb), ratio(product.redraw?.median ?? null, b.redraw?.median ?? null), ratio(product.pan?.median ?? null, b.pan?.median ?? null), '', ''])] : []),
    ]),
  ].join('\n');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  const shown = [
    line(['Size', 'Page', 'First picture on screen (ms)', 'route-map-ready / ready (ms)', 'Gzip before the first picture (KB)']),
    line(Array(5).fill('---')),
    ...firstPicture.rows.flatMap(({size, pages: [b, ...ps]}) => [
      line([size, 'baseline', fmt(b.firstMs), fmt(b.readyMs), fmt(b.kb)]),
      ...ps.map((p) => line(['', p.path === '/index.html' ? 'product page' : 'ours (one tag)', `${fmt(p.firstMs)} (${ratio(p.firstMs, b.firstMs)})`, `${fmt(p.readyMs)} (${ratio(p.readyMs, b.readyMs)})`, `${fmt(p.kb)} (${ratio(p.kb, b.kb)})`])),
    ]),
  ].join('\n');
  const body = `${start}\nMeasured ${date.slice(0, 10)} on ${machine}; viewport ${viewport.width}×${viewport.height}.\n\n${table}\n\n`
    + `First picture on screen, however it is made: screenshots from navigation about every 150 ms, motion reduced; the first within ${firstPicture.tolerance.pixels * 100}% of the picture 2.5 s after ready `
    + `(a pixel differs when its RGB differences sum above ${firstPicture.tolerance.levels}); median of ${firstPicture.loads} loads each, in turn (scripts/first-picture.mjs).\n\n${shown}\n${end}`;
  return md.replace(new RegExp(`${start}[\\s\\S]*${end}`), body);
}
