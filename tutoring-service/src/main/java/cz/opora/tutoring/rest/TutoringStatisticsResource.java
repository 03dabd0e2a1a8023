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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The programme's figures. */
@Path("/api/v1/tutoring-statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics")
public class TutoringStatisticsResource {
    @Inject
    TutoringStatistics statistics;

    @GET
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "The programme's figures for a period", description = "from defaults to 1 January, to to today.")
    public TutoringStatistics.Report statistics(@QueryParam("from") String from, @QueryParam("to") String to) {
        return statistics.report(Params.date(from, "from"), Params.date(to, "to"));
    }
}
