package cz.opora.family.rest;

import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.family.service.Timeline;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/families/{familyId}/timeline")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Timeline", description = "Everything that happened with the family, newest first")
public class TimelineResource {
    @Inject
    Timeline timeline;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Your case file's timeline, joined with the linked files' entries you may see",
            description = "This service's records and what other services reported, newest first; with the entries of "
                    + "other organizations' linked case files that your grants and the family's consents allow (their life "
                    + "and people with BASIC, assessments, plans and contacts with those scopes), each labelled with its "
                    + "file and organization. Audited on every file shown.")
    public Page<Timeline.Entry> read(@PathParam("familyId") UUID familyId, @QueryParam("limit") String limit,
                                     @QueryParam("after") String after) {
        return timeline.read(familyId, PageRequest.of(limit, after));
    }
}
