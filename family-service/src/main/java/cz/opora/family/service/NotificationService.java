package cz.opora.family.service;

import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.family.domain.Notification;
import cz.opora.family.domain.NotificationKind;
import cz.opora.family.domain.NotificationPreference;
import cz.opora.family.domain.NotificationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Notifications: written in the transaction of what they tell of (one per recipient and cause, so a repeated event
 * tells nobody twice), read by their worker only, e-mailed unless the worker switched the kind off: the e-mail is
 * written to the mail outbox in the same transaction and sent by the relay ({@link NotificationMailer}).
 */
@ApplicationScoped
@Transactional
public class NotificationService {
    private static final Logger LOG = Logger.getLogger(NotificationService.class);

    @Inject
    Caller caller;
    @Inject
    NotificationRepository notifications;
    @Inject
    WorkCalendar calendar;
    @Inject
    StaffDirectory staff;
    @Inject
    MailOutbox mails;
    @Inject
    NotificationsConfig config;

    /** Tells these workers of the organization; a worker told of this cause already is not told again. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void tell(String organization, Collection<String> recipients, NotificationKind kind, String refType, UUID refId,
                     String cause) {
        for (String recipient : new LinkedHashSet<>(recipients)) {
            if (recipient == null || notifications.exists(recipient, cause)) {
                continue;
            }
            Notification n = new Notification();
            n.id = UUID.randomUUID();
            n.organization = organization;
            n.recipient = recipient;
            n.kind = kind;
            n.refType = refType;
            n.refId = refId;
            n.cause = cause;
            n.createdAt = calendar.now();
            notifications.persist(n);
            if (config.emailEnabled() && notifications.wantsEmail(organization, recipient, kind)) {
                notifications.flush();
                mails.add(n);
            }
        }
    }

    /**
     * The organization's workers who have one of these roles (from Keycloak). When Keycloak cannot be read, nobody:
     * the work item is kept all the same and shows in My work (the notification is what is lost; logged).
     */
    public List<String> workersWith(String organization, Collection<String> roles) {
        try {
            return staff.staffOf(organization).stream()
                    .filter(member -> member.roles().stream().anyMatch(roles::contains))
                    .map(StaffMember::id).toList();
        } catch (ProblemException e) {
            LOG.warnf("Staff of an organization not readable: its queue is not notified (%s)", e.getMessage());
            return List.of();
        }
    }

    public NotificationPage list(String unread, PageRequest page) {
        boolean unreadOnly = parseUnread(unread);
        List<Notification> rows = notifications.page(caller.organization(), caller.subject(), unreadOnly,
                page.afterTime(), page.afterId(), page.limit() + 1);
        Page<NotificationView> shown = page.page(rows, NotificationView::of, n -> Cursor.of(n.createdAt, n.id));
        return new NotificationPage(shown.items(), shown.next(), notifications.unread(caller.organization(), caller.subject()));
    }

    /** Sets the read state: idempotent, the worker's own notification only (another's: 404). */
    public NotificationView setRead(UUID id, ReadState state) {
        Notification n = notifications.findOwn(caller.organization(), caller.subject(), id)
                .orElseThrow(() -> ProblemException.notFound("The notification"));
        if (state.read() && n.readAt == null) {
            n.readAt = calendar.now();
        } else if (!state.read()) {
            n.readAt = null;
        }
        return NotificationView.of(n);
    }

    public List<NotificationPreferenceView> preferences() {
        Map<NotificationKind, Boolean> set = notifications.preferences(caller.organization(), caller.subject()).stream()
                .collect(Collectors.toMap(p -> p.key.kind, p -> p.email));
        return Arrays.stream(NotificationKind.values())
                .map(kind -> new NotificationPreferenceView(kind, true, set.getOrDefault(kind, true))).toList();
    }

    public NotificationPreferenceView setEmail(EmailPreference preference) {
        NotificationKind parsed = parseKind(preference.kind());
        NotificationPreference.Key key = new NotificationPreference.Key(caller.organization(), caller.subject(), parsed);
        NotificationPreference row = notifications.getEntityManager().find(NotificationPreference.class, key);
        boolean created = row == null;
        if (created) {
            row = new NotificationPreference();
            row.key = key;
        }
        row.email = preference.email();
        row.updatedAt = calendar.now();
        if (created) {
            notifications.getEntityManager().persist(row);
        }
        return new NotificationPreferenceView(parsed, true, row.email);
    }

    private static NotificationKind parseKind(String kind) {
        try {
            return NotificationKind.valueOf(kind);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw ProblemException.invalid("kind", "must be one of " + Arrays.toString(NotificationKind.values()));
        }
    }

    private static boolean parseUnread(String unread) {
        if (unread == null || unread.isBlank()) {
            return false;
        }
        return switch (unread.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ProblemException.invalid("unread", "must be true or false");
        };
    }

}
