package cz.opora.tutoring.rest;

import cz.opora.common.rest.Params;
import cz.opora.common.security.Roles;
import cz.opora.documents.Pdf;
import cz.opora.tutoring.service.ClubDocuments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A child's preschool-club attendance summary as a PDF. */
@Path("/api/v1/club-children/{childId}/document")
@Tag(name = "Documents", description = "PDFs for the people the record concerns")
public class ClubDocumentResource {
    @Inject
    ClubDocuments documents;

    @GET
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN})
    @Operation(summary = "The child's preschool-club attendance as a PDF", description = "The child's places in your "
            + "organization's clubs (404 when it has none), sessions present and absent in the period by month and day, "
            + "school readiness and school entry. Audited once.")
    public Response attendance(@PathParam("childId") UUID childId,
                               @Parameter(description = "First day (default: the first request for a place)", example = "2026-09-01")
                               @QueryParam("from") String from,
                               @Parameter(description = "Last day, inclusive (default: today)", example = "2026-12-31")
                               @QueryParam("to") String to) {
        return Pdf.response(documents.attendance(childId, Params.date(from, "from"), Params.date(to, "to")),
                "klub-" + childId);
    }
}
