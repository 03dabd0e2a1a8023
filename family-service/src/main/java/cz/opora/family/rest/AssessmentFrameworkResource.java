package cz.opora.family.rest;

import cz.opora.common.security.Roles;
import cz.opora.family.service.AssessmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The assessment framework as configured for this installation, for forms to render. */
@Path("/api/v1/assessment-framework")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assessments")
public class AssessmentFrameworkResource {
    @Inject
    AssessmentService service;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "The domains and formulation categories an assessment uses (configured per installation)")
    public AssessmentService.Framework framework() {
        return service.framework();
    }
}
