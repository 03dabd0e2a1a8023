package cz.opora.documents;

import cz.opora.common.rest.ProblemException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import java.util.Locale;

/**
 * How a report is answered: the {@code format} parameter when given (a link in an e-mail or a browser cannot set
 * Accept), else the first acceptable media type the report has, else JSON.
 */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(Csv.MEDIA_TYPE, "csv"),
    XLSX(Xlsx.MEDIA_TYPE, "xlsx");

    /** The media types a report resource method declares in {@code @Produces}. */
    public static final String[] PRODUCES = {MediaType.APPLICATION_JSON, "text/csv", Xlsx.MEDIA_TYPE};

    public final String mediaType;
    public final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static ReportFormat choose(String format, HttpHeaders headers) {
        if (format != null && !format.isBlank()) {
            return switch (format.strip().toLowerCase(Locale.ROOT)) {
                case "json" -> JSON;
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw ProblemException.invalid("format", "must be json, csv or xlsx");
            };
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if (accepted.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !accepted.isWildcardType()) {
                return JSON;
            }
            if ("text".equals(accepted.getType()) && "csv".equals(accepted.getSubtype())) {
                return CSV;
            }
            if (accepted.isCompatible(MediaType.valueOf(Xlsx.MEDIA_TYPE)) && !accepted.isWildcardType()) {
                return XLSX;
            }
            if (accepted.isWildcardType()) {
                return JSON;
            }
        }
        return JSON;
    }
}
