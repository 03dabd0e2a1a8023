package cz.opora.referral.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.Cursor;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.projection.KnownFamily;
import cz.opora.projection.KnownFamilyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.UUID;

/** The families referral-service knows (opora-family-projection), read through the API within the caller's organization. */
@ApplicationScoped
public class KnownFamilyService {
    static final String RESOURCE = "family";

    @Inject
    KnownFamilyRepository families;
    @Inject
    Caller caller;
    @Inject
    AuditLog audit;

    @Transactional
    public KnownFamilyView get(UUID id) {
        KnownFamily family = families.findVisible(id, caller.organization())
                .orElseThrow(() -> ProblemException.notFound("The family"));
        audit.record("family.read", RESOURCE, List.of(id));
        return KnownFamilyView.of(family, true);
    }

    @Transactional
    public Page<KnownFamilyView> list(PageRequest page) {
        List<KnownFamily> rows = families.pageVisible(caller.organization(),
                page.afterTime(), page.afterId(),
                page.limit() + 1);
        Page<KnownFamilyView> result = page.page(rows, f -> KnownFamilyView.of(f, false),
                f -> Cursor.of(f.registeredAt, f.id));
        audit.record("family.list", RESOURCE, result.items().stream().map(KnownFamilyView::id).toList());
        return result;
    }
}
