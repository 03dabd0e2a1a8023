package cz.opora.events.directory;

import java.time.Instant;

/**
 * Data of {@code cz.opora.directory.entry-saved}: a directory entry as it stands after it was created or changed
 * (or re-published when referral-service starts). Only what other services need to know that the organization
 * exists: its id (the alias, or the slug of an organization outside Opora), name and type. {@code version} is the
 * entry's row version: a consumer keeps the highest it saw, so a late copy never overwrites a newer one.
 */
public record DirectoryEntrySaved(String organizationId, String name, String type, boolean usesOpora, long version,
                                  Instant savedAt) {
}
