package cz.opora.community.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One intervention of a contact: its type and the minutes it took. */
@Embeddable
public class Intervention {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterventionType type;
    @Column(nullable = false)
    public int minutes;

    public Intervention() {
    }

    public Intervention(InterventionType type, int minutes) {
        this.type = type;
        this.minutes = minutes;
    }
}
