package cz.opora.community.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import java.time.Period;

/** The rules of low-threshold and community work ({@code opora.community.*}, each from an OPORA_COMMUNITY_* variable). */
@ConfigMapping(prefix = "opora.community")
public interface CommunityConfig {
    /** The longest one contact (or one mediation session) may last, in minutes: a working day by default. */
    @WithDefault("480")
    @Min(15)
    @Max(1440)
    int maxContactMinutes();

    /** How far back a contact, session or mediation may be recorded (field workers write up later). */
    @WithDefault("P92D")
    Period backdating();
}
