/**
 * Code the first picture does not need (tables, details, the PNG export), loaded by dynamic
 * import on first use, or a second after the first picture, so it is there when asked for.
 * The element renders again once a part has arrived.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';

type Loaders = Record<string, () => Promise<unknown>>;
type Loaded<L extends Loaders> = {[K in keyof L]: Awaited<ReturnType<L[K]>>};

export class LazyParts<L extends Loaders> implements ReactiveController {
  private readonly loaded: Partial<Loaded<L>> = {};
  private prefetchTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost, private readonly loaders: L) {
    host.addController(this);
  }

  hostDisconnected() {
    this.cancelPrefetch();
  }

  /** The part if it has arrived; else undefined, and it is on its way. */
  get<K extends keyof L>(name: K): Loaded<L>[K] | undefined {
    const part = this.loaded[name];
    if (!part) void this.load(name);
    return part;
  }

  async load<K extends keyof L>(name: K): Promise<Loaded<L>[K]> {
    const part = this.loaded[name];
    if (part) return part;
    const module = await this.loaders[name]() as Loaded<L>[K];
    if (!this.loaded[name]) {
      this.loaded[name] = module;
      this.host.requestUpdate();
    }
    return module;
  }

  /** Loads every part after `delay` ms, while the visitor looks at the first picture. */
  prefetch(delay = 1000) {
    this.cancelPrefetch();
    this.prefetchTimer = setTimeout(() => { for (const name of Object.keys(this.loaders)) void this.load(name); }, delay);
  }

  cancelPrefetch() {
    clearTimeout(this.prefetchTimer);
  }
}
