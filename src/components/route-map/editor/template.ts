/**
 * The page a saved briefing is made from: the offline briefing the build makes (`vite build --mode
 * single`), gzipped beside the package's files. In the offline briefing itself, vite.config.ts puts
 * template-briefing.ts in this module's place: the file is its own template.
 */
import {missingFileHint, packageFile} from '../../../base-path';

const TEMPLATE = new URL('../../../../dist/briefing/briefing.html.gz', import.meta.url).href;

/** The template's text; `progress` hears how many of its bytes have arrived. */
export async function briefingTemplate(signal: AbortSignal, progress: (done: number, total: number) => void): Promise<string> {
  const response = await fetch(packageFile(TEMPLATE), {signal}).catch((e: Error) => {
    if (signal.aborted) throw e;
    throw new Error(`the briefing's template could not be loaded (${e.message}); ${missingFileHint()}`);
  });
  if (!response.ok) throw new Error(`the briefing's template could not be loaded (HTTP ${response.status}); ${missingFileHint()}`);
  const total = Number(response.headers.get('content-length')) || 3_500_000;
  const parts: Uint8Array[] = [];
  let done = 0;
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    parts.push(read.value);
    done += read.value.length;
    progress(Math.min(done, total), total);
  }
  const bytes = new Blob(parts as BlobPart[]);
  // A server may have unpacked it already (Content-Encoding: gzip for a .gz file).
  const head = new Uint8Array(await bytes.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  return new Response(gzipped ? bytes.stream().pipeThrough(new DecompressionStream('gzip')) : bytes).text();
}
