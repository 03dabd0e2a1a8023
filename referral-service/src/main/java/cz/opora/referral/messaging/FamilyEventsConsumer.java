package cz.opora.referral.messaging;

import cz.opora.common.inbox.IdempotentConsumer;
import cz.opora.events.EventType;
import cz.opora.events.family.ConsentExpired;
import cz.opora.events.family.ConsentGranted;
import cz.opora.events.family.ConsentWithdrawn;
import cz.opora.events.family.FamilyAnonymised;
import cz.opora.events.family.FamilyClosed;
import cz.opora.events.family.FamilyErased;
import cz.opora.events.family.FamilyMemberAdded;
import cz.opora.events.family.FamilyMemberChanged;
import cz.opora.events.family.FamilyMemberRemoved;
import cz.opora.events.family.FamilyRegistered;
import cz.opora.events.family.FamilyReopened;
import cz.opora.events.family.FamilyUpdated;
import cz.opora.referral.service.KnownFamilyService;
import cz.opora.referral.service.ReferralService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.util.List;

/**
 * Keeps referral-service's projection of families and their consents in step with family-service; a consent that
 * ends suspends the referrals that relied on it, and an erased family takes its referrals with it.
 */
@ApplicationScoped
public class FamilyEventsConsumer {
    static final String CONSUMER = "referral-service.family-projection";
    static final List<EventType> HANDLED = List.of(EventType.FAMILY_REGISTERED, EventType.FAMILY_UPDATED,
            EventType.FAMILY_MEMBER_ADDED, EventType.FAMILY_MEMBER_CHANGED, EventType.FAMILY_MEMBER_REMOVED,
            EventType.FAMILY_CLOSED, EventType.FAMILY_REOPENED, EventType.FAMILY_ERASED, EventType.FAMILY_ANONYMISED,
            EventType.CONSENT_GRANTED, EventType.CONSENT_WITHDRAWN, EventType.CONSENT_EXPIRED);

    @Inject
    IdempotentConsumer inbox;
    @Inject
    KnownFamilyService families;
    @Inject
    ReferralService referrals;

    @Incoming("family-events")
    @Blocking(ordered = true)
    public void onFamilyEvent(ConsumerRecord<String, String> record) {
        inbox.consume(CONSUMER, record.value(), HANDLED, event -> {
            switch (event.type()) {
                case FAMILY_REGISTERED -> families.applyRegistered(event.dataAs(FamilyRegistered.class), CONSUMER);
                case FAMILY_UPDATED -> families.applyUpdated(event.dataAs(FamilyUpdated.class), CONSUMER);
                case FAMILY_MEMBER_ADDED -> {
                    FamilyMemberAdded added = event.dataAs(FamilyMemberAdded.class);
                    families.applyMember(added.familyId(), added.member(), CONSUMER);
                }
                case FAMILY_MEMBER_CHANGED -> {
                    FamilyMemberChanged changed = event.dataAs(FamilyMemberChanged.class);
                    families.applyMember(changed.familyId(), changed.member(), CONSUMER);
                }
                case FAMILY_MEMBER_REMOVED -> families.applyMemberRemoved(event.dataAs(FamilyMemberRemoved.class), CONSUMER);
                case FAMILY_CLOSED -> families.applyStatus(event.dataAs(FamilyClosed.class).familyId(), "CLOSED", CONSUMER);
                case FAMILY_REOPENED -> families.applyStatus(event.dataAs(FamilyReopened.class).familyId(), "ACTIVE", CONSUMER);
                case FAMILY_ERASED -> families.applyErased(event.dataAs(FamilyErased.class).familyId(), CONSUMER);
                case FAMILY_ANONYMISED -> families.applyAnonymised(event.dataAs(FamilyAnonymised.class).familyId(), CONSUMER);
                case CONSENT_GRANTED -> families.applyConsentGranted(event.dataAs(ConsentGranted.class), CONSUMER);
                case CONSENT_WITHDRAWN -> {
                    ConsentWithdrawn withdrawn = event.dataAs(ConsentWithdrawn.class);
                    families.applyConsentEnded(withdrawn.familyId(), withdrawn.consentId(), withdrawn.withdrawnAt(), "WITHDRAWN", CONSUMER);
                    referrals.suspendForConsent(withdrawn.consentId(), "CONSENT_WITHDRAWN", withdrawn.withdrawnAt());
                }
                case CONSENT_EXPIRED -> {
                    ConsentExpired expired = event.dataAs(ConsentExpired.class);
                    families.applyConsentEnded(expired.familyId(), expired.consentId(), expired.expiredAt(), "EXPIRED", CONSUMER);
                    referrals.suspendForConsent(expired.consentId(), "CONSENT_EXPIRED", expired.expiredAt());
                }
                default -> throw new IllegalStateException("unhandled " + event.type());
            }
        });
    }
}
