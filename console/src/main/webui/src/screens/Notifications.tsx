import { useCallback, useEffect, useId, useState } from "react";
import { Link, useLocation } from "react-router-dom";
import { useTranslation } from "react-i18next";
import { GovButton } from "@gov-design-system-ce/react";
import { call } from "../api";
import { ErrorMessage, Loading, PageTitle } from "../components";
import { useList } from "../useList";
import { formatDateTime } from "../i18n";
import { type Notification, type NotificationPage, type NotificationPreference, notificationRoute } from "../workTypes";
import "../work.css";

/** How often the bell asks for the unread count while the tab is visible. */
const BELL_INTERVAL_MS = 60_000;

const bellListeners = new Set<() => void>();
/** A notification's read state changed here: the bell counts again at once. */
function bellChanged() {
  bellListeners.forEach((l) => l());
}

/**
 * The header's bell: a link to the notifications with the unread count, in words for screen readers. It counts on
 * every navigation, every minute while the tab is visible (a hidden tab does not poll) and when the tab shows again.
 */
export function NotificationBell() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [unread, setUnread] = useState(0);
  const refresh = useCallback(() => {
    if (document.hidden) return;
    call<NotificationPage>("GET", "family", "notifications", { query: { unread: "true", limit: "1" } })
      .then((r) => setUnread(r.data.unread)).catch(() => undefined);
  }, []);
  useEffect(() => { refresh(); }, [pathname, refresh]);
  useEffect(() => {
    const timer = window.setInterval(refresh, BELL_INTERVAL_MS);
    const shown = () => { if (!document.hidden) refresh(); };
    document.addEventListener("visibilitychange", shown);
    bellListeners.add(refresh);
    return () => { window.clearInterval(timer); document.removeEventListener("visibilitychange", shown); bellListeners.delete(refresh); };
  }, [refresh]);
  return (
    <Link to="/oznameni" className="bell">
      <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
        <path d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22zm7-6V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5l-2 2v1h18v-1z" />
      </svg>
      <span>{t("notifications.bell")}</span>{" "}
      {unread > 0 && <span className="bell__count" aria-hidden="true">{unread}</span>}
      <span className="visually-hidden">({unread > 0 ? t("notifications.unreadCount", { count: unread }) : t("notifications.noneUnread")})</span>
    </Link>
  );
}

/** Oznámení: the worker's notifications, newest first (all or unread only), read/unread, and e-mail per kind. */
export function Notifications() {
  const { t } = useTranslation();
  const [onlyUnread, setOnlyUnread] = useState(false);
  const { items, next, error, load } = useList<Notification>("notifications", { unread: onlyUnread ? "true" : undefined, limit: "20" });
  useEffect(() => { void load(); }, [load]);
  const [changed, setChanged] = useState<Record<string, Notification>>({});
  const [failure, setFailure] = useState<unknown>(null);

  const setRead = async (n: Notification, read: boolean) => {
    setFailure(null);
    try {
      const r = await call<Notification>("PUT", "family", `notifications/${n.id}/read-state`, { body: { read } });
      setChanged((c) => ({ ...c, [n.id]: r.data }));
      bellChanged();
    } catch (e) {
      setFailure(e);
    }
  };

  const shown = items?.map((n) => changed[n.id] ?? n) ?? null;
  return (
    <section>
      <PageTitle>{t("notifications.title")}</PageTitle>
      <div className="tabs" role="group" aria-label={t("notifications.show")}>
        {[false, true].map((u) => (
          <button key={String(u)} type="button" className="tab" aria-pressed={onlyUnread === u}
            onClick={() => { setChanged({}); setOnlyUnread(u); }}>
            {t(u ? "notifications.unreadOnly" : "notifications.all")}
          </button>
        ))}
      </div>
      {error ? <ErrorMessage error={error} /> : null}
      {failure ? <ErrorMessage error={failure} /> : null}
      {shown === null && !error && <Loading />}
      {shown && shown.length === 0 && <p>{t(onlyUnread ? "notifications.emptyUnread" : "notifications.empty")}</p>}
      {shown && shown.length > 0 && (
        <ul className="cards" aria-label={t("notifications.results")}>
          {shown.map((n) => {
            const what = t(`notifications.kinds.${n.kind}`, { defaultValue: n.kind });
            return (
              <li key={n.id} className={`card${n.read ? "" : " card--unread"}`}>
                <h2 className="card__title">
                  <Link to={notificationRoute(n)} onClick={() => { if (!n.read) void setRead(n, true); }}>{what}</Link>
                  {!n.read && <> <span className="status">{t("notifications.unread")}</span></>}
                </h2>
                <p className="muted"><time dateTime={n.createdAt}>{formatDateTime(n.createdAt)}</time>
                  {n.read && n.readAt ? ` · ${t("notifications.readAt", { at: formatDateTime(n.readAt) })}` : ""}</p>
                <button type="button" className="text-button" onClick={() => void setRead(n, !n.read)}
                  aria-label={`${t(n.read ? "notifications.markUnread" : "notifications.markRead")}: ${what}`}>
                  {t(n.read ? "notifications.markUnread" : "notifications.markRead")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {next && <GovButton color="primary" type="outlined" onClick={() => void load(next)}>{t("notifications.more")}</GovButton>}
      <Preferences />
    </section>
  );
}

/** E-mail per kind of notification (in the console always): each switch is saved at once. */
function Preferences() {
  const { t } = useTranslation();
  const [prefs, setPrefs] = useState<NotificationPreference[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  useEffect(() => {
    call<NotificationPreference[]>("GET", "family", "notifications/preferences").then((r) => setPrefs(r.data)).catch(setError);
  }, []);
  const set = (kind: string, next: (p: NotificationPreference) => NotificationPreference) =>
    setPrefs((old) => old?.map((p) => (p.kind === kind ? next(p) : p)) ?? null);
  // The switch moves at once; the service's answer confirms it, a failure puts it back.
  const toggle = async (kind: string, email: boolean) => {
    setError(null);
    setSaved(null);
    set(kind, (p) => ({ ...p, email }));
    try {
      const r = await call<NotificationPreference>("PUT", "family", "notifications/preferences", { body: { kind, email } });
      set(kind, () => r.data);
      setSaved(t(email ? "notifications.emailOn" : "notifications.emailOff", { kind: t(`notifications.kinds.${kind}`) }));
    } catch (e) {
      set(kind, (p) => ({ ...p, email: !email }));
      setError(e);
    }
  };
  return (
    <section aria-labelledby="prefs-title" className="panel">
      <h2 id="prefs-title">{t("notifications.preferences")}</h2>
      <p>{t("notifications.preferencesText")}</p>
      {error ? <ErrorMessage error={error} /> : null}
      {saved && <p role="status">{saved}</p>}
      {!prefs && !error && <Loading />}
      {prefs && (
        <table className="prefs">
          <thead><tr><th scope="col">{t("notifications.kind")}</th><th scope="col">{t("notifications.inApp")}</th><th scope="col">{t("notifications.email")}</th></tr></thead>
          <tbody>
            {prefs.map((p) => <PreferenceRow key={p.kind} pref={p} onToggle={(v) => void toggle(p.kind, v)} />)}
          </tbody>
        </table>
      )}
    </section>
  );
}

function PreferenceRow({ pref, onToggle }: { pref: NotificationPreference; onToggle: (email: boolean) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const kind = t(`notifications.kinds.${pref.kind}`, { defaultValue: pref.kind });
  return (
    <tr>
      <th scope="row">{kind}</th>
      <td>{t("notifications.always")}</td>
      <td>
        <input id={id} type="checkbox" checked={pref.email} onChange={(e) => onToggle(e.target.checked)} />
        <label htmlFor={id} className="visually-hidden">{t("notifications.emailFor", { kind })}</label>
      </td>
    </tr>
  );
}
