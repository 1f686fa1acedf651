import {css} from 'lit';

/** The search box and its list of answers, at the top of the left-hand dock. */
export const searchStyles = css`
  .search {
    width: min(20rem, 100%); border-radius: 6px; background: var(--route-map-panel-bg, rgb(255 255 255 / 0.95));
    box-shadow: 0 1px 6px rgb(0 0 0 / 0.2); font-size: 0.85rem;
  }
  .search input {
    box-sizing: border-box; width: 100%; padding: 0.4rem 0.6rem; border: 1px solid #888; border-radius: 6px;
    background: transparent; color: inherit; font: inherit;
  }
  .search ul { max-height: min(20rem, 50cqh); overflow: auto; margin: 0; padding: 0.25rem 0; list-style: none; }
  .search li { padding: 0.3rem 0.6rem; cursor: pointer; line-height: 1.3; }
  .search li[aria-selected=true] { background: #0a58ca; color: #fff; }
  .search li[aria-selected=true] .search-what { color: inherit; }
  .search .search-name { font-weight: 700; }
  .search .search-what { color: #555; }
  .search .search-none { cursor: default; color: #555; font-style: italic; }
  .search .search-more { margin: 0; padding: 0.2rem 0.6rem 0.4rem; color: #555; font-size: 0.75rem; }
  :host([theme=dark]) .search :is(.search-what, .search-none, .search-more) { color: #b8b8b8; }
  :host([theme=dark]) .search input { border-color: #777; }
  .ui[data-room=phone] .search { width: 100%; }
`;
