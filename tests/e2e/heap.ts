/**
 * A page's JS heap after garbage collection, read from a heap snapshot, with V8's compiled code
 * apart. Code grows as V8 optimises what a page runs, by over a megabyte during the first maps
 * and the first loop of a story, and then stays: the engine's, bounded by the code there is, not
 * memory that a map or a chapter keeps. Everything else is what the page holds.
 */
import type {CDPSession} from 'playwright-core';

export interface Heap {
  /** Bytes of every object. */
  total: number;
  /** Bytes of compiled code and its metadata (the snapshot's "code" nodes). */
  code: number;
  /** What the page holds: total less code. */
  held: number;
}

interface Snapshot {
  snapshot: {meta: {node_fields: string[]; node_types: [string[]]}};
  nodes: number[];
}

/** Takes a snapshot (which collects garbage first) and sums its nodes' own sizes. */
export async function heapAfterGc(cdp: CDPSession): Promise<Heap> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  const chunks: string[] = [];
  const onChunk = (e: {chunk: string}) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  await cdp.send('HeapProfiler.takeHeapSnapshot', {reportProgress: false});
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  const {snapshot: {meta}, nodes} = JSON.parse(chunks.join('')) as Snapshot;
  const width = meta.node_fields.length;
  const typeAt = meta.node_fields.indexOf('type');
  const sizeAt = meta.node_fields.indexOf('self_size');
  const codeType = meta.node_types[0].indexOf('code');
  let total = 0;
  let code = 0;
  for (let i = 0; i < nodes.length; i += width) {
    total += nodes[i + sizeAt];
    if (nodes[i + typeAt] === codeType) code += nodes[i + sizeAt];
  }
  return {total, code, held: total - code};
}

export const mb = (bytes: number) => `${bytes >= 0 ? '' : '−'}${(Math.abs(bytes) / 1024 / 1024).toFixed(2)} MB`;
