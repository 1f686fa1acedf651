/**
 * The posters the offline briefing file carries, inline (vite.config.ts aliases this module for
 * poster-urls.ts there): its chapters in presenter mode, in Dutch, on a projector (other screens
 * get the nearest, placed by the camera), and the default view for the picture shown without WebGL.
 */
const urls = {
  ...import.meta.glob<string>('../../../assets/posters/*-presenter-nl-1920x1080.webp', {eager: true, query: '?url', import: 'default'}),
  ...import.meta.glob<string>('../../../assets/posters/default-nl-1280x720.webp', {eager: true, query: '?url', import: 'default'}),
};

export function posterUrl(file: string): string | undefined {
  return urls[`../../../assets/posters/${file}`];
}
