package cz.opora.family.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Period;

/** How long records are kept ({@code opora.retention.*}). */
@ConfigMapping(prefix = "opora.retention")
public interface RetentionConfig {
    /**
     * How long after closure a family is anonymised in place (env OPORA_RETENTION_CLOSED_FAMILY; set it from the
     * organization's filing rules).
     */
    @WithDefault("P10Y")
    Period closedFamily();
}
