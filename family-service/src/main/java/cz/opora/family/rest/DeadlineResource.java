package cz.opora.family.rest;

import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Roles;
import cz.opora.family.service.PlanService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What is overdue: plan reviews and steps, for the caller or the whole organization. */
@Path("/api/v1/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Plans")
public class DeadlineResource {
    @Inject
    PlanService service;

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Overdue plan reviews and steps",
            description = "scope=mine: reviews of families you are key worker of and steps owed by you; "
                    + "scope=organization (default): everything overdue in your organization's open families.")
    public PlanService.Deadlines deadlines(@Parameter(description = "mine or organization") @QueryParam("scope") String scope) {
        if (scope != null && !scope.isBlank() && !scope.equals("mine") && !scope.equals("organization")) {
            throw ProblemException.invalid("scope", "must be 'mine' or 'organization'");
        }
        return service.deadlines("mine".equals(scope));
    }
}
