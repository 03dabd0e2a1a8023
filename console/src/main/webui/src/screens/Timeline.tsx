import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { ApiError, type TimelineEntry } from "../api";
import { useList } from "../useList";
import { ErrorMessage, Loading } from "../components";
import { formatDateTime } from "../i18n";
import { timelineText } from "../timelineText";

/**
 * The timeline, newest first, across services. Entries are rendered in Czech from their kind and parameters
 * (timelineText); an unknown kind shows the summary as the service wrote it.
 */
export function Timeline({ familyId, version }: { familyId: string; version: number }) {
  const { t } = useTranslation();
  const { items, next, error, load } = useList<TimelineEntry>(`families/${familyId}/timeline`);
  useEffect(() => { void load(); }, [load, version]);
  return (
    <section id="casova-osa" aria-labelledby="casova-osa-title" className="panel">
      <h2 id="casova-osa-title">{t("timeline.title")}</h2>
      {error instanceof ApiError && error.notFound ? <p>{t("file.notShared")}</p> : error ? <ErrorMessage error={error} /> : null}
      {items === null && !error && <Loading />}
      {items && items.length === 0 && <p>{t("timeline.none")}</p>}
      {items && items.length > 0 && (
        <ol className="timeline">
          {items.map((e) => (
            <li key={e.id}>
              <time dateTime={e.occurredAt}>{formatDateTime(e.occurredAt)}</time>
              <span className="timeline__text">{timelineText(t, e)}</span>
              {e.source !== "family-service" && <span className="muted"> · {t("timeline.source", { source: e.source })}</span>}
            </li>
          ))}
        </ol>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("timeline.more")}</GovButton>}
    </section>
  );
}
