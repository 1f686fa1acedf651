/**
 * The search box: a WAI-ARIA combobox with a list of answers. Typing lists what matches (see
 * data/search.ts); arrows move through the answers, Enter chooses one (selects it, or chooses an
 * event of the response), Escape clears the box and gives the focus back to the map, and `/`
 * anywhere on the map focuses the box. What is typed is text: it is matched, never rendered as markup.
 * The matching and the index load when the box is first focused.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import type {Map as MapLibreMap} from 'maplibre-gl';
import type {RouteData} from '../../../data/schema';
import type {Entry, Found} from '../../../data/search';

type SearchModule = typeof import('../../../data/search');
import {STRINGS, type Lang} from '../../../i18n/strings';

export interface SearchHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  routeData?: RouteData;
  presenter: boolean;
  map?: MapLibreMap;
}

/** What choosing an answer does: set where the element is wired. */
export interface SearchMoments {
  choose: (entry: Entry) => void;
}

/** Whether a key event started in a field the visitor types in. */
const typing = (e: KeyboardEvent) => {
  const target = e.composedPath()[0];
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
};

export class SearchController implements ReactiveController {
  /** What the box holds. */
  query = '';
  /** Whether the list of answers shows. */
  open = false;
  /** The answer the arrows are on; -1 for none. */
  active = -1;
  private answers: {found: Found[]; total: number} = {found: [], total: 0};
  /** The index, built on first use for the data shown. */
  private index?: {data: RouteData; entries: Entry[]};
  private module?: SearchModule;
  private loading?: Promise<SearchModule>;
  on: SearchMoments = {choose: () => undefined};

  constructor(private readonly host: SearchHost, private readonly shown: () => boolean) {
    host.addController(this);
  }

  hostConnected() {
    this.host.addEventListener('keydown', this.onHostKey);
  }

  hostDisconnected() {
    this.host.removeEventListener('keydown', this.onHostKey);
  }

  /** `/` on the map focuses the box, as on sites people search; never while typing elsewhere. */
  private readonly onHostKey = (e: KeyboardEvent) => {
    if (e.key !== '/' || e.altKey || e.ctrlKey || e.metaKey || typing(e) || !this.shown()) return;
    const input = this.input();
    if (!input) return;
    e.preventDefault();
    e.stopPropagation();
    input.focus();
  };

  private input() {
    return this.host.renderRoot.querySelector<HTMLInputElement>('.search input');
  }

  /** The matching's code, loaded once; resolves when it is there. */
  loaded(): Promise<SearchModule> {
    return (this.loading ??= import('../../../data/search').then((module) => (this.module = module)));
  }

  private entries({searchIndex}: SearchModule): Entry[] {
    const data = this.host.routeData;
    if (!data) return [];
    if (this.index?.data !== data) this.index = {data, entries: searchIndex(data)};
    return this.index.entries;
  }

  /** Lists the answers to `query`; the list opens, saying "no match" when nothing answers. */
  find(query: string, lang: Lang) {
    this.query = query;
    const {module} = this;
    if (!module) {
      void this.loaded().then(() => { if (this.query === query) this.find(query, lang); });
      return;
    }
    this.answers = module.search(this.entries(module), query, lang);
    this.active = -1;
    this.open = query.trim() !== '' || this.open;
    this.host.requestUpdate();
  }

  /** Closes the list; with `clear`, empties the box too. */
  close({clear = false} = {}) {
    if (clear) this.query = '';
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }

  /** Chooses answer `i`: the box shows its name, the list closes, and the map selects it. */
  choose(i: number, lang: Lang) {
    const found = this.answers.found[i];
    if (!found || !this.module) return;
    this.query = this.module.foundText(found.entry, lang).name;
    this.close();
    this.on.choose(found.entry);
  }

  private onKey(e: KeyboardEvent, lang: Lang) {
    // Typing here is not a presenter's key, nor the map's.
    e.stopPropagation();
    const n = this.answers.found.length;
    switch (e.key) {
      case 'ArrowDown': case 'ArrowUp':
        e.preventDefault();
        if (!this.open) this.find(this.query, lang);
        this.open = true;
        if (n) this.active = e.key === 'ArrowDown' ? (this.active + 1) % n : (this.active <= 0 ? n : this.active) - 1;
        this.host.requestUpdate();
        break;
      case 'Enter': {
        e.preventDefault();
        // Typed and entered before the matching's code arrived (a first search on a slow line): choose once it is here.
        const query = this.query;
        if (!this.module && query.trim()) {
          void this.loaded().then(() => {
            if (this.query !== query) return;
            this.find(query, lang);
            this.choose(0, lang);
          });
          break;
        }
        if (this.open && n) this.choose(Math.max(0, this.active), lang);
        else {
          // A search for nothing says so.
          this.open = true;
          this.find(this.query, lang);
        }
        break;
      }
      case 'Escape':
        e.preventDefault();
        this.close({clear: true});
        (this.host.map?.getCanvas() ?? this.host).focus();
        break;
    }
  }

  render(lang: Lang) {
    const s = STRINGS[lang].search;
    const {found, total} = this.answers;
    const id = (i: number) => `search-option-${i}`;
    return html`<div class="search" part="search" role="search">
        <input type="text" role="combobox" aria-autocomplete="list" aria-expanded=${this.open ? 'true' : 'false'} aria-controls="search-list"
          aria-activedescendant=${this.open && this.active >= 0 ? id(this.active) : nothing} aria-label=${s.label} placeholder=${s.placeholder}
          autocomplete="off" spellcheck="false" .value=${this.query}
          @input=${(e: InputEvent) => this.find((e.target as HTMLInputElement).value, lang)}
          @keydown=${(e: KeyboardEvent) => this.onKey(e, lang)} @focus=${() => void this.loaded()}
          @blur=${() => this.open && this.close()}>
        ${this.open && this.module ? html`<ul id="search-list" role="listbox" aria-label=${s.results}>
          ${found.length ? found.map(({entry}, i) => {
            const {name, where, what} = this.module!.foundText(entry, lang);
            return html`<li id=${id(i)} role="option" aria-selected=${i === this.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()} @click=${() => this.choose(i, lang)}>
              <span class="search-name">${name}</span>${where ? ` (${where})` : ''}: <span class="search-what">${what}</span></li>`;
          }) : html`<li role="option" aria-disabled="true" aria-selected="false" class="search-none">${s.noMatch}</li>`}
        </ul>
        ${total > found.length ? html`<p class="search-more">${s.more(total - found.length)}</p>` : nothing}` : nothing}
      </div>`;
  }
}
