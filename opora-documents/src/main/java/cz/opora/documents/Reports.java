package cz.opora.documents;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Answers a statistics endpoint as JSON, CSV or XLSX on the same URL: {@code format} wins over Accept. The table is
 * made from the report serialized by the service's own ObjectMapper, the one that writes the JSON answer, so the
 * figures cannot differ. The resource method declares {@code @Produces({JSON, CSV, XLSX})}.
 */
@ApplicationScoped
public class Reports {
    /** What a statistics resource method declares in {@code @Produces}. */
    public static final String CSV = "text/csv";
    public static final String XLSX = Xlsx.MEDIA_TYPE;
    public static final String JSON = MediaType.APPLICATION_JSON;

    static final String COMMON_LABELS = "cz/opora/documents/common-labels.properties";

    @Inject
    ObjectMapper json;

    private final Map<String, Map<String, String>> labels = new ConcurrentHashMap<>();

    /**
     * @param labelsResource a UTF-8 properties file on the class path: JSON path or part → Czech heading
     * @param sheet the sheet's Czech name
     * @param fileName the download's name without extension (no personal data: it shows in logs and browsers)
     */
    public Response answer(Object report, String format, HttpHeaders headers, String labelsResource, String sheet,
                           String fileName) {
        ReportFormat chosen = ReportFormat.choose(format, headers);
        return Figures.respond(report, json, labels.computeIfAbsent(labelsResource,
                        r -> Figures.labels(Thread.currentThread().getContextClassLoader(), COMMON_LABELS, r)),
                sheet, chosen, fileName);
    }
}
