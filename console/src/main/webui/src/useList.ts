import { useCallback, useState } from "react";
import { call, type Page, type Service } from "./api";

/**
 * A keyset-paged list from a service (family-service unless named): load() the first page, load(next) appends the following one.
 * The error stays for the screen to show (404: not shared with us; others: a message).
 */
export function useList<T>(path: string, query: Record<string, string | undefined> = {}, service: Service = "family") {
  const [items, setItems] = useState<T[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const queryKey = JSON.stringify(query);
  const load = useCallback(async (after: string | null = null) => {
    try {
      const { data } = await call<Page<T>>("GET", service, path, { query: { ...JSON.parse(queryKey), after: after ?? undefined } });
      setItems((old) => (after && old ? [...old, ...data.items] : data.items));
      setNext(data.next);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [path, queryKey, service]);
  return { items, next, error, load };
}
