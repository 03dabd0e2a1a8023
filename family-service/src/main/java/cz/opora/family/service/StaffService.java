package cz.opora.family.service;

import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller's organization's staff as Keycloak knows them, for picking a family's team and a plan step's owner.
 * Ordered by name; the cursor names only the last worker shown and its name is re-read from the directory.
 */
@ApplicationScoped
public class StaffService {
    private static final Comparator<StaffMember> ORDER = Comparator.comparing(StaffMember::name).thenComparing(StaffMember::id);

    @Inject
    StaffDirectory directory;
    @Inject
    Caller caller;

    public Page<StaffMember> list(PageRequest page) {
        List<StaffMember> staff = directory.staffOf(caller.organization());
        PageRequest.Keyset<UUID> after = page.afterRow(id -> staff.stream().filter(s -> s.id().equals(id.toString()))
                .map(StaffMember::name).findFirst());
        StaffMember position = after == null ? null : new StaffMember(after.id().toString(), after.key(), List.of());
        List<StaffMember> rows = staff.stream().filter(s -> position == null || ORDER.compare(s, position) > 0)
                .limit(page.limit() + 1L).toList();
        return page.page(rows, s -> s, s -> Cursor.ofRow(UUID.fromString(s.id())));
    }

    /** A worker of the caller's organization, or empty: an id of another organization, or of no one. */
    public Optional<StaffMember> colleague(String userId) {
        return directory.find(caller.organization(), userId);
    }
}
