package cz.opora.tutoring.service;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A child's places in the caller's organization's preschool clubs with their attendance in a period: what the printable
 * club attendance summary shows. {@code childName} is null when the family's file no longer names the child.
 */
public record ChildClubRecord(UUID childId, String childName, LocalDate birthDate, LocalDate from, LocalDate to,
                              List<ChildClubPlace> places) {
}
