package cz.opora.console.rest;

import cz.opora.console.config.ConsoleConfig;
import cz.opora.console.report.OrganizationReport;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * GET /api/reports/organization?from=&amp;to=[&amp;organization=]: the cross-service report of an organization and
 * period, one XLSX workbook with a sheet per service. The console asks each service's statistics endpoint for its XLSX
 * with the signed-in user's token and the same from, to and organization, so each service decides alone what the
 * caller may see (the auditor names the organization; anyone else gets the own one, naming another is 403) and the
 * figures are that service's own. A service answering 403 for the caller's role gets a sheet saying so; a 403 for
 * naming another organization, a 400 for a bad parameter or a failure is the report's answer.
 */
@Path("/api/reports/organization")
@Authenticated
public class OrganizationReportResource {
    private static final Logger LOG = Logger.getLogger(OrganizationReportResource.class);
    /** service, its statistics path under /api/v1, the sheet's name (the service's own sheet name). */
    static final List<List<String>> SERVICES = List.of(
            List.of("family", "statistics", "Statistika rodin"),
            List.of("referral", "referrals/statistics", "Statistika doporučení"),
            List.of("conference", "conferences/statistics", "Statistika konferencí"),
            List.of("tutoring", "tutoring-statistics", "Statistika doučování"),
            List.of("community", "community-statistics", "Statistika komunitní práce"));
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("d. M. yyyy H:mm");

    private final HttpClient http = ServiceTarget.HTTP;

    @Inject
    ConsoleConfig config;
    @Inject
    AccessTokenCredential accessToken;

    @GET
    @Produces({OrganizationReport.MEDIA_TYPE, Problems.PROBLEM_JSON})
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("organization") String organization) {
        String query = query("format", "xlsx") + query("from", from) + query("to", to) + query("organization", organization);
        List<CompletableFuture<HttpResponse<byte[]>>> answers = new ArrayList<>();
        for (List<String> service : SERVICES) {
            URI target = ServiceTarget.resolve(config.services(), service.get(0), service.get(1), query.substring(1)).orElseThrow();
            answers.add(http.sendAsync(HttpRequest.newBuilder(target).timeout(config.proxyTimeout())
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken.getToken())
                    .header(HttpHeaders.ACCEPT, OrganizationReport.MEDIA_TYPE + ", application/problem+json").GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        List<OrganizationReport.Part> parts = new ArrayList<>();
        for (int i = 0; i < SERVICES.size(); i++) {
            String service = SERVICES.get(i).get(0);
            String title = SERVICES.get(i).get(2);
            HttpResponse<byte[]> answer;
            try {
                answer = answers.get(i).join();
            } catch (CompletionException e) {
                LOG.warnf("organization report: %s: %s", service, e.getCause() == null ? e : e.getCause().getClass().getSimpleName());
                return e.getCause() instanceof HttpTimeoutException
                        ? Problems.of(Response.Status.GATEWAY_TIMEOUT, "The " + service + " service did not answer in time")
                        : Problems.of(Response.Status.BAD_GATEWAY, "The " + service + " service is not reachable");
            }
            int status = answer.statusCode();
            String body = new String(answer.body(), StandardCharsets.UTF_8);
            if (status == 200) {
                parts.add(OrganizationReport.read(service, title, answer.body()));
            } else if (status == 403 && !body.contains("own-organization-only")) {
                parts.add(OrganizationReport.Part.refused(service, title));
            } else {
                return Response.status(status).type(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)
                        .orElse(Problems.PROBLEM_JSON)).entity(answer.body()).build();
            }
        }
        if (parts.stream().allMatch(p -> p.missing() != null)) {
            return Problems.of(Response.Status.FORBIDDEN, "No service gives your role its figures");
        }
        String generated = GENERATED.format(ZonedDateTime.now(ZoneId.of("Europe/Prague")));
        StreamingOutput workbook = out -> OrganizationReport.write(out, parts, generated);
        return Response.ok(workbook, OrganizationReport.MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + OrganizationReport.fileName(parts) + ".xlsx\"").build();
    }

    private static String query(String name, String value) {
        return value == null || value.isBlank() ? "" : "&" + name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8);
    }
}
