package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.outbox.Outbox;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.time.WorkCalendar;
import cz.opora.events.EventType;
import cz.opora.events.family.FamilyMemberAdded;
import cz.opora.events.family.FamilyMemberChanged;
import cz.opora.events.family.FamilyMemberRemoved;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import cz.opora.family.domain.FamilyRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/**
 * The people of a family: household and wider network. A member has its own version (ETag); adding, changing
 * or removing one also changes the family (its search text), so the family's ETag moves too.
 */
@ApplicationScoped
public class MemberService {
    @Inject
    WorkCalendar calendar;
    static final String RESOURCE = "family-member";

    @Inject
    FamilyFiles files;
    @Inject
    FamilyRepository families;
    @Inject
    Outbox outbox;
    @Inject
    AuditLog audit;
    @Inject
    Timeline timeline;

    @Transactional
    public FamilyView.Member add(UUID familyId, RegisterFamily.Member command) {
        Family family = files.requireOwned(familyId);
        FamilyFiles.requireNotClosed(family);
        if (family.members.size() >= 50) {
            throw ProblemException.conflict("too-many-members", "A family record holds at most 50 people.");
        }
        FamilyMember member = newMember(family, command);
        member.position = family.members.stream().mapToInt(m -> m.position + 1).max().orElse(0);
        family.members.add(member);
        touch(family);
        outbox.emit(EventType.FAMILY_MEMBER_ADDED, family.id,
                new FamilyMemberAdded(family.id, FamilyEvents.member(member), family.updatedAt));
        audit.record("family.member.add", RESOURCE, List.of(family.id, member.id));
        timeline.record(family.id, "member.added", "Member added: " + member.role,
                java.util.Map.of("role", String.valueOf(member.role)), RESOURCE, member.id);
        return FamilyView.Member.of(member);
    }

    @Transactional
    public FamilyView.Member get(UUID familyId, UUID memberId) {
        Family family = files.requireOwned(familyId);
        FamilyMember member = find(family, memberId);
        audit.record("family.member.read", RESOURCE, List.of(family.id, member.id));
        return FamilyView.Member.of(member);
    }

    @Transactional
    public FamilyView.Member change(UUID familyId, UUID memberId, String ifMatch, RegisterFamily.Member command) {
        Family family = files.requireOwned(familyId);
        FamilyMember member = find(family, memberId);
        ETags.requireMatch(ifMatch, member.version);
        FamilyFiles.requireNotClosed(family);
        apply(member, command);
        touch(family);
        outbox.emit(EventType.FAMILY_MEMBER_CHANGED, family.id,
                new FamilyMemberChanged(family.id, FamilyEvents.member(member), family.updatedAt));
        audit.record("family.member.change", RESOURCE, List.of(family.id, member.id));
        return FamilyView.Member.of(member);
    }

    @Transactional
    public void remove(UUID familyId, UUID memberId, String ifMatch) {
        Family family = files.requireOwned(familyId);
        FamilyMember member = find(family, memberId);
        ETags.requireMatch(ifMatch, member.version);
        FamilyFiles.requireNotClosed(family);
        if (family.members.size() == 1) {
            throw new ProblemException(Problem.of(Response.Status.CONFLICT, "last-member",
                    "A family keeps at least one member; close the family instead."));
        }
        family.members.remove(member);
        touch(family);
        outbox.emit(EventType.FAMILY_MEMBER_REMOVED, family.id,
                new FamilyMemberRemoved(family.id, member.id, family.updatedAt));
        audit.record("family.member.remove", RESOURCE, List.of(family.id, member.id));
        timeline.record(family.id, "member.removed", "Member removed: " + member.role,
                java.util.Map.of("role", String.valueOf(member.role)), RESOURCE, member.id);
    }

    static FamilyMember newMember(Family family, RegisterFamily.Member command) {
        FamilyMember member = new FamilyMember();
        member.id = UUID.randomUUID();
        member.family = family;
        member.position = family.members.size();
        apply(member, command);
        return member;
    }

    private static void apply(FamilyMember member, RegisterFamily.Member command) {
        member.firstName = command.firstName().strip();
        member.lastName = command.lastName().strip();
        member.role = command.role();
        member.birthDate = command.birthDate();
        member.relation = command.relation();
        member.phone = command.phone();
        member.email = command.email();
        member.school = command.school();
        member.schoolClass = command.schoolClass();
    }

    private void touch(Family family) {
        family.refreshSearch();
        family.updatedAt = calendar.now();
        families.flush();
    }

    private static FamilyMember find(Family family, UUID memberId) {
        return family.members.stream().filter(m -> m.id.equals(memberId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("The member"));
    }
}
