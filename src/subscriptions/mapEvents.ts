/**
 * Maps each event of a source stream, as graphql-js does for subscriptions,
 * but with a hand-written iterator rather than an async generator: `return()`
 * reaches the source at once even while it is waiting for its next event (an
 * async generator would queue the return behind that wait).
 */
export function mapEvents<T, U>(
  source: AsyncIterable<T>,
  map: (event: T) => Promise<U> | U,
): AsyncIterableIterator<U> {
  const iterator = source[Symbol.asyncIterator]();
  return {
    async next() {
      const result = await iterator.next();
      return result.done ? result : { value: await map(result.value), done: false };
    },
    async return() {
      await iterator.return?.();
      return { value: undefined, done: true };
    },
    async throw(error: unknown) {
      await iterator.return?.();
      throw error;
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
