/** The posters' addresses, beside the module as built (the offline briefing file aliases poster-urls-briefing.ts instead: vite.config.ts). */
const urls = import.meta.glob<string>('../../assets/posters/*.webp', {eager: true, query: '?url', import: 'default'});

export function posterUrl(file: string): string | undefined {
  const url = urls[`../../assets/posters/${file}`];
  return url ? new URL(url, import.meta.url).href : undefined;
}
