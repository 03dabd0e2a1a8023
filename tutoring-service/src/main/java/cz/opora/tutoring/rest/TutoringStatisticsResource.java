package cz.opora.tutoring.rest;

import cz.opora.common.rest.Params;
import cz.opora.common.security.Roles;
import cz.opora.tutoring.service.TutoringStatistics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import cz.opora.documents.Reports;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme's figures. */
@Path("/api/v1/tutoring-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class TutoringStatisticsResource {
    @Inject
    TutoringStatistics statistics;
    @Inject
    Reports reports;

    @GET
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "The programme's figures for a period", description = "from defaults to 1 January, to to today; "
            + "the auditor names the organization.")
    @Produces({Reports.JSON, Reports.CSV, Reports.XLSX})
    @APIResponse(responseCode = "200", description = "JSON, or CSV / XLSX with Czech headings (Accept or format)",
            content = @Content(schema = @Schema(implementation = TutoringStatistics.Report.class)))
    public Response statistics(@QueryParam("from") String from, @QueryParam("to") String to,
                               @Parameter(description = "For auditors: which organization; others: their own only (403)")
                               @QueryParam("organization") String organization,
                               @QueryParam("format") String format, @Context HttpHeaders headers) {
        return reports.answer(statistics.report(organization, Params.date(from, "from"), Params.date(to, "to")), format, headers,
                "cz/opora/tutoring/statistics-labels.properties", "Statistika doučování", "statistika-doucovani");
    }
}
