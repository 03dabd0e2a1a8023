import { type ReactNode, useCallback, useEffect, useState } from "react";
import { ApiError, call, type Service } from "./api";
import { ErrorMessage, Loading } from "./components";
import { NotFound } from "./screens/NotFound";

/**
 * One record of a service, read when the screen opens and again on load(): its data and its version (ETag) for the
 * If-Match of the next change; update() takes the answer of a change.
 */
export function useRecord<T>(service: Service, path: string) {
  const [data, setData] = useState<T | null>(null);
  const [etag, setEtag] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const load = useCallback(async () => {
    try {
      const answer = await call<T>("GET", service, path);
      setData(answer.data);
      setEtag(answer.etag);
      setError(null);
    } catch (e) {
      setError(e);
    }
  }, [service, path]);
  useEffect(() => { void load(); }, [load]);
  const update = useCallback((next: T, version: string | null) => { setData(next); setEtag(version); }, []);
  return { data, etag, error, setError, load, update };
}

/** What the screen shows until its record is there: "not found" (another organization's looks the same), an error, loading. */
export function recordFallback(error: unknown, data: unknown): ReactNode | null {
  if (error instanceof ApiError && (error.notFound || error.status === 400)) return <NotFound />;
  if (error) return <ErrorMessage error={error} />;
  if (!data) return <Loading />;
  return null;
}
