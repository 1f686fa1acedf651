/**
 * A loader shared by every map on a page: each key is loaded once and every caller gets the same
 * promise. A failed answer is not kept, so the next caller tries again.
 */
export function sharedLoader<T>(load: (key: string) => Promise<T>, failed: (result: T) => boolean): (key: string) => Promise<T> {
  const loading = new Map<string, Promise<T>>();
  return (key) => {
    let promise = loading.get(key);
    if (!promise) {
      promise = load(key);
      loading.set(key, promise);
      void promise.then((result) => { if (failed(result)) loading.delete(key); });
    }
    return promise;
  };
}
