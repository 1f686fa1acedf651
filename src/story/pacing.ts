/**
 * The presenter's pacing: where the plan says they should be, from the minutes each chapter is
 * given, against the time since they started. Pure, so Node tests cover it.
 */

export interface Pace {
  /** Behind: past the planned end of this chapter; ahead: before its planned start; else on time. */
  status: 'ahead' | 'behind' | 'on-time';
  /** How far ahead or behind, in whole seconds; 0 on time. */
  seconds: number;
  /** The planned length of the whole story, in seconds, where every chapter has minutes. */
  totalSeconds?: number;
}

/**
 * The pace at chapter `index`, `elapsedMs` after the start. Undefined where this chapter or one
 * before it has no planned minutes: there is no plan to be ahead of.
 */
export function pace(minutes: readonly (number | undefined)[], index: number, elapsedMs: number): Pace | undefined {
  if (index < 0 || index >= minutes.length) return undefined;
  const upTo = minutes.slice(0, index + 1);
  if (upTo.some((m) => m === undefined || !(m > 0))) return undefined;
  const start = upTo.slice(0, -1).reduce((sum: number, m) => sum + m! * 60, 0);
  const end = start + upTo[index]! * 60;
  const elapsed = Math.max(0, elapsedMs) / 1000;
  const total = minutes.every((m) => m !== undefined && m > 0) ? minutes.reduce((sum: number, m) => sum + m! * 60, 0) : undefined;
  const status = elapsed > end ? 'behind' : elapsed < start ? 'ahead' : 'on-time';
  const seconds = Math.round(status === 'behind' ? elapsed - end : status === 'ahead' ? start - elapsed : 0);
  return {status, seconds, ...(total !== undefined ? {totalSeconds: total} : {})};
}

/** A duration as the console shows it: `m:ss`, or `h:mm:ss` from an hour. */
export function clockText(ms: number): string {
  const total = Math.floor(Math.max(0, ms) / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(s)}` : `${m}:${two(s)}`;
}
