/**
 * The frame loop that moves the dashes along the arcs. It runs only while someone can see it:
 * the element on screen, the tab visible, and whatever else `active` asks (a drawn map, motion
 * allowed); it is checked after every render of the element, and when the tab is shown or hidden.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {IntersectionController} from '@lit-labs/observers/intersection-controller.js';

export interface FlowOptions {
  /** Whether the loop should run, apart from being seen. */
  active: () => boolean;
  /** Draws one frame, `now` in milliseconds as requestAnimationFrame gives it. */
  frame: (now: number) => void;
}

export class FlowController implements ReactiveController {
  private handle = 0;
  private readonly onScreen: IntersectionController<boolean>;
  private readonly onVisibilityChange = () => this.update();

  constructor(host: ReactiveControllerHost & HTMLElement, private readonly options: FlowOptions) {
    // Added first, so the element's visibility is known before this controller checks it.
    this.onScreen = new IntersectionController(host, {callback: ([entry]) => entry.isIntersecting});
    host.addController(this);
  }

  /** Whether the flows are moving now. */
  get running(): boolean {
    return this.handle !== 0;
  }

  hostConnected() {
    document.addEventListener('visibilitychange', this.onVisibilityChange);
  }

  hostDisconnected() {
    document.removeEventListener('visibilitychange', this.onVisibilityChange);
    this.stop();
  }

  hostUpdated() {
    this.update();
  }

  /** Starts or stops the loop as the conditions now say. */
  update() {
    if (this.onScreen.value === false || document.hidden || !this.options.active()) {
      this.stop();
      return;
    }
    if (this.handle) return;
    const tick = (now: number) => {
      this.options.frame(now);
      this.handle = requestAnimationFrame(tick);
    };
    this.handle = requestAnimationFrame(tick);
  }

  private stop() {
    cancelAnimationFrame(this.handle);
    this.handle = 0;
  }
}
