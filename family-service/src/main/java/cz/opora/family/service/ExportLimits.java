package cz.opora.family.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Bounds of the family's own copy (GDPR art. 15/20): beyond them the export stops with 422 export-too-large. */
@ConfigMapping(prefix = "opora.export")
public interface ExportLimits {
    /** Content written into the ZIP, before compression. */
    @WithDefault("209715200")
    long maxBytes();

    /** Time spent writing it (below the transaction timeout). */
    @WithDefault("PT45S")
    Duration maxTime();

    /** Rows read per query. */
    @WithDefault("200")
    int pageSize();
}
