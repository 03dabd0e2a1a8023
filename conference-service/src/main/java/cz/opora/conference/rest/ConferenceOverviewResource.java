package cz.opora.conference.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.security.Roles;
import cz.opora.conference.service.ConferenceOverview;
import cz.opora.conference.service.ConferenceStatistics;
import cz.opora.conference.service.FeedbackService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import cz.opora.documents.Reports;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Both kinds of conference together: the overview list, feedback, statistics. */
@Path("/api/v1/conferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Conferences", description = "Case and family conferences together: my list, feedback, statistics")
@RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR})
public class ConferenceOverviewResource {
    @Inject
    ConferenceOverview overview;
    @Inject
    FeedbackService feedback;
    @Inject
    ConferenceStatistics statistics;
    @Inject
    Reports reports;

    @GET
    @Operation(summary = "Your organization's conferences of both kinds, newest first",
            description = "With your organization's role in each and whether it awaits your action. Audited.")
    public Page<ConferenceOverview.Summary> list(
            @Parameter(description = "ALL (default), MINE (you convened, referred or coordinate), UPCOMING, AWAITING_ACTION")
            @QueryParam("filter") String filter, @QueryParam("limit") String limit, @QueryParam("after") String after) {
        ConferenceOverview.Filter parsed = Params.enumValue(ConferenceOverview.Filter.class, filter, "filter");
        return overview.list(parsed == null ? ConferenceOverview.Filter.ALL : parsed, PageRequest.of(limit, after));
    }

    @PUT
    @Path("{id}/feedback")
    @Operation(summary = "Rate a conference you took part in (1 to 5), with a comment",
            description = "After it met; giving it again replaces your earlier feedback.")
    public FeedbackService.Feedback feedback(@PathParam("id") UUID id, @NotNull @Valid FeedbackService.Feedback body) {
        return feedback.give(id, body);
    }

    @GET
    @Path("statistics")
    @RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FGC_COORDINATOR, Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Your organization's conference figures for a period (the auditor names the organization)",
            description = "from defaults to 1 January of this year, to to today (inclusive).")
    @Produces({Reports.JSON, Reports.CSV, Reports.XLSX})
    @APIResponse(responseCode = "200", description = "JSON, or CSV / XLSX with Czech headings (Accept or format)",
            content = @Content(schema = @Schema(implementation = ConferenceStatistics.Report.class)))
    public Response statistics(@QueryParam("from") String from, @QueryParam("to") String to,
                               @Parameter(description = "For auditors: which organization; others: their own only (403)")
                               @QueryParam("organization") String organization,
                               @Parameter(description = "json, csv or xlsx; wins over Accept") @QueryParam("format") String format,
                               @Context HttpHeaders headers) {
        return reports.answer(statistics.report(organization, Params.date(from, "from"), Params.date(to, "to")), format, headers,
                "cz/opora/conference/statistics-labels.properties", "Statistika konferencí", "statistika-konferenci");
    }
}
