package cz.opora.tutoring.rest;

import cz.opora.common.security.Roles;
import cz.opora.documents.Pdf;
import cz.opora.tutoring.service.TutoringDocuments;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** A child's tutoring attendance summary as a PDF. */
@Path("/api/v1/matches/{id}/document")
@Tag(name = "Documents", description = "PDFs for the people the record concerns")
public class TutoringDocumentResource {
    @Inject
    TutoringDocuments documents;

    @GET
    @Produces(Pdf.MEDIA_TYPE)
    @RolesAllowed({Roles.CLUB_LEADER, Roles.ORG_ADMIN, Roles.TUTOR})
    @Operation(summary = "The child's tutoring attendance as a PDF", description = "What GET /matches/{id} and its "
            + "sessions show the caller, printable. Audited as those reads.")
    public Response attendance(@PathParam("id") UUID id) {
        return Pdf.response(documents.attendance(id), "doucovani-" + id);
    }
}
