/** Plays the years on the element's `year`: one step every 1.2 s from the first year to the last, then stops. */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

/** The years the seizure figures cover. */
export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;

export class YearPlayer implements ReactiveController {
  playing = false;
  private timer?: ReturnType<typeof setInterval>;

  constructor(private readonly host: ReactiveControllerHost & {year?: number}, private readonly stepMs = 1200) {
    host.addController(this);
  }

  hostDisconnected() {
    this.stop();
  }

  /** Plays from the year shown (from the first when at the last or at none), or pauses. */
  toggle() {
    clearInterval(this.timer);
    this.playing = !this.playing;
    this.host.requestUpdate();
    if (!this.playing) return;
    const {host} = this;
    if (!host.year || host.year >= LAST_YEAR) host.year = FIRST_YEAR;
    this.timer = setInterval(() => {
      if ((host.year ?? FIRST_YEAR) >= LAST_YEAR) this.stop();
      else host.year = (host.year ?? FIRST_YEAR) + 1;
    }, this.stepMs);
  }

  stop() {
    clearInterval(this.timer);
    if (this.playing) this.host.requestUpdate();
    this.playing = false;
  }
}
