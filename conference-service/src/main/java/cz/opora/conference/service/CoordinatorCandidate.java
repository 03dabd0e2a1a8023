package cz.opora.conference.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A coordinator a coordination organization may choose: independent of the family or why not, and the family's wishes. */
@Schema(name = "CoordinatorCandidate")
public record CoordinatorCandidate(UUID coordinatorId, String name, String organization, List<String> languages,
                                   String gender, boolean independent, String notIndependentBecause,
                                   boolean matchesLanguage, boolean matchesGender) {
}
