package cz.opora.family.service;

import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyStatus;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

/** A family in a list: enough to find it, without the members (open the family for those). */
@Schema(name = "FamilySummary")
public record FamilySummary(UUID id, String name, String municipality, String locality, FamilyStatus status,
                            FamilyView.Worker keyWorker, Instant createdAt) {
    static FamilySummary of(Family f) {
        return new FamilySummary(f.id, f.name, f.municipality, f.locality, f.status,
                f.keyWorker == null ? null : new FamilyView.Worker(f.keyWorker, f.keyWorkerName), f.createdAt);
    }
}
