package cz.opora.tutoring.service;

import cz.opora.tutoring.domain.Club;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Club")
public record ClubView(UUID id, String name, String place, String leaderName, int capacity, String schedule,
                       long enrolled, long waiting, List<EnrolmentView> children) {
}
