/** The posters' addresses, beside the module as built (the offline briefing file aliases poster-urls-briefing.ts instead: vite.config.ts). */
import {packageFile} from '../../../base-path';

const urls = import.meta.glob<string>('../../../assets/posters/*.webp', {eager: true, query: '?url', import: 'default'});

export function posterUrl(file: string): string | undefined {
  const url = urls[`../../../assets/posters/${file}`];
  // Not new URL(url, import.meta.url): a consumer's webpack takes that for a module to look up.
  return url ? packageFile(url) : undefined;
}
