/**
 * One request per key for the session, and its answer, readable synchronously once it has come: the
 * first render uses what start-up asked for without waiting a turn. An answer `askAgain` picks out
 * (a failure) is kept to be read, but the next request for its key asks afresh. `fetch` resolves
 * with its failures rather than rejecting.
 */
export function settledCache<K, V>(fetch: (key: K) => Promise<V>, askAgain: (answer: V) => boolean = () => false) {
  const requests = new Map<K, Promise<V>>();
  const answers = new Map<K, V>();
  return {
    request(key: K): Promise<V> {
      const known = requests.get(key);
      if (known) return known;
      const made = fetch(key).then((answer) => {
        answers.set(key, answer);
        if (askAgain(answer)) requests.delete(key);
        return answer;
      });
      requests.set(key, made);
      return made;
    },
    has: (key: K): boolean => answers.has(key),
    answer: (key: K): V | undefined => answers.get(key),
  };
}
