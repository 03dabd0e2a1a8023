package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.ClubAttendanceMark;
import cz.opora.tutoring.domain.ClubEnrolment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One place of the child in a club: its standing, the register's lines in the period, readiness and school entry. */
public record ChildClubPlace(String clubName, String place, String leaderName, ClubEnrolment.Status status,
                             Instant requestedAt, Instant enrolledAt, Instant leftAt, List<ClubAttendanceMark> attendance,
                             List<ReadinessView> readiness, ClubEnrolment.SchoolEntry schoolEntry, String schoolName,
                             LocalDate schoolEntryOn) {
}
