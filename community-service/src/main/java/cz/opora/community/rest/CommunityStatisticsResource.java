package cz.opora.community.rest;

import cz.opora.common.rest.Params;
import cz.opora.common.security.Roles;
import cz.opora.community.service.CommunityStatistics;
import cz.opora.community.service.CommunityStatisticsReport;
import cz.opora.documents.Reports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organization's figures for funders. */
@Path("/api/v1/community-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Figures for funders and municipalities; no personal data")
public class CommunityStatisticsResource {
    @Inject
    CommunityStatistics statistics;
    @Inject
    Reports reports;

    @GET
    @RolesAllowed({Roles.NZDM_WORKER, Roles.COMMUNITY_WORKER, Roles.MEDIATOR, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "An organization's low-threshold and community work for a period",
            description = "Unique clients, contacts and hours, interventions by type, programme sessions and participants, mediations by outcome.")
    @Produces({Reports.JSON, Reports.CSV, Reports.XLSX})
    @APIResponse(responseCode = "200", description = "JSON, or CSV / XLSX with Czech headings (Accept or format)",
            content = @Content(schema = @Schema(implementation = CommunityStatisticsReport.class)))
    public Response statistics(
            @Parameter(description = "First day (default: 1 January this year)", example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(description = "Last day, inclusive (default: today)", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "For auditors: which organization") @QueryParam("organization") String organization,
            @Parameter(description = "json, csv or xlsx; wins over Accept") @QueryParam("format") String format,
            @Context HttpHeaders headers) {
        return reports.answer(statistics.report(organization, Params.date(from, "from"), Params.date(to, "to")), format,
                headers, "cz/opora/community/statistics-labels.properties", "Statistika komunitní práce", "statistika-komunitni-prace");
    }
}
