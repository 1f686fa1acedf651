/**
 * Which layers and controls show: what the `layers` and `controls` attributes allow, and the
 * layers the visitor switched off in the legend. A switch resets when `layers` changes.
 */
import type {Problem} from '../../data/schema';
import {parseControls, parseLayers, type Control} from './options';

export class Switches {
  /** Layers the visitor switched off. */
  private off = new Set<string>();
  /** What the attributes allow; all when undefined. */
  private allowedLayers?: ReadonlySet<string>;
  private shownControls?: ReadonlySet<Control>;

  /** Told after a switch, where the element is wired: what is drawn and the country tints follow. */
  on = {changed: () => {}};

  /** A new `layers` attribute; its unknown names as problems. */
  setLayers(value: string | undefined): Problem[] {
    const {names, problems} = parseLayers(value);
    this.allowedLayers = names;
    this.off = new Set();
    return problems;
  }

  /** A new `controls` attribute; its unknown names as problems. */
  setControls(value: string | undefined): Problem[] {
    const {names, problems} = parseControls(value);
    this.shownControls = names;
    return problems;
  }

  /** Whether the `layers` attribute offers this switch. */
  allowed(name: string): boolean {
    return !this.allowedLayers || this.allowedLayers.has(name);
  }

  /** Whether the visitor switched it off. */
  switchedOff(name: string): boolean {
    return this.off.has(name);
  }

  /** Whether a layer is hidden: switched off, or left out of the `layers` attribute. */
  isHidden(name: string): boolean {
    return this.switchedOff(name) || !this.allowed(name);
  }

  shows(control: Control): boolean {
    return !this.shownControls || this.shownControls.has(control);
  }

  /** Shows or hides one layer: a leg, ports, organisations, events or a country role. */
  toggle(name: string, show = this.off.has(name)) {
    const off = new Set(this.off);
    if (show) off.delete(name);
    else off.add(name);
    this.off = off;
    this.on.changed();
  }
}
