/**
 * In the offline briefing (vite.config.ts puts this module in template.ts's place): the file is
 * its own template. Its light DOM is as the file wrote it (the map draws in its shadow root), so
 * the document read back is the file, with the element's attributes as they are now, which the
 * saved briefing replaces anyway.
 */
export async function briefingTemplate(): Promise<string> {
  return `<!doctype html>\n${document.documentElement.outerHTML}`;
}
