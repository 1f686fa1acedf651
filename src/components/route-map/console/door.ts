/**
 * The presenter's console, as much of it as the map needs before anyone asks for it: whether this
 * element is itself a console (the page opened in a window whose name says so: then it shows the
 * console, loaded only here, and makes no map), the pop-up opened within the presenter's click, and
 * a console's hello heard after the map was reloaded. Everything else loads on first use (link.ts,
 * screen.ts).
 */
import {html, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {STRINGS} from '../../../i18n/strings';
import {consoleName, consoleTarget} from './protocol';
import type {ConsoleLink, LinkHost, LinkOptions} from './link';
import type {ConsoleScreen} from './screen';

type Host = ReactiveControllerHost & LinkHost & {readonly renderRoot: HTMLElement | DocumentFragment};

/** Which map on the page this is: the console opens the same page and follows the map at the same place. */
export const placeOnPage = (host: HTMLElement) => Math.max(0, [...document.querySelectorAll<HTMLElement>('route-map')].indexOf(host));

export class ConsoleDoor implements ReactiveController {
  /** This element is a console: set as it connects, before its first render. */
  active = false;
  private screen?: ConsoleScreen;
  private link?: ConsoleLink;
  private linking?: Promise<ConsoleLink>;
  private readonly onMessage = (e: MessageEvent) => {
    if ((e.data as {rm?: unknown} | null)?.rm === 'console') void this.linked().then((link) => link.heard(e));
  };

  /** `parts` are what the link reads of the map, asked for when it loads. */
  constructor(private readonly host: Host, private readonly parts: () => LinkOptions) {
    host.addController(this);
  }

  hostConnected() {
    const target = consoleTarget(window.name);
    this.active = target !== undefined && placeOnPage(this.host) === target;
    if (!this.active) {
      addEventListener('message', this.onMessage);
      return;
    }
    void import('./screen').then(({ConsoleScreen}) => {
      if (!this.host.isConnected || this.screen) return;
      this.screen = new ConsoleScreen(this.host, target!);
      this.host.requestUpdate();
    });
  }

  hostDisconnected() {
    removeEventListener('message', this.onMessage);
    this.screen?.stop();
    this.screen = undefined;
  }

  private linked(): Promise<ConsoleLink> {
    return (this.linking ??= import('./link').then(({ConsoleLink}) => (this.link = new ConsoleLink(this.host, this.parts()))));
  }

  /**
   * Opens the console, within the presenter's click (a pop-up opened later is blocked), or brings
   * the open one to the front. Resolves with it once it has answered; a blocked pop-up is said on
   * the map, and rejects.
   */
  open(): Promise<Window> {
    const open = this.link?.window;
    if (open) {
      open.focus();
      return Promise.resolve(open);
    }
    const win = window.open(location.href, consoleName(placeOnPage(this.host)), 'popup,width=1280,height=800');
    if (!win) {
      const message = STRINGS[this.parts().ambient.language].console.blocked;
      this.parts().notices.report([{file: 'console', message}]);
      return Promise.reject(new Error(message));
    }
    return this.linked().then((link) => link.opened(win));
  }

  render() {
    return this.screen?.render() ?? html`<p class="status" role="status">…</p>`;
  }
}
