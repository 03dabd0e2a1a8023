package cz.opora.tutoring.service;

import java.util.List;

/** A match and its newest sessions as the caller may see them, read once (for the printable attendance summary). */
public record MatchRecord(MatchView match, List<TutoringSessionView> sessions) {
}
