package cz.opora.family.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.family.service.ApprovalPolicyInput;
import cz.opora.family.service.ApprovalPolicyView;
import cz.opora.family.service.ApprovalService;
import cz.opora.family.service.ApprovalView;
import cz.opora.family.service.ReturnApproval;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** Supervisor approvals: the organization's policies (org-admin) and its requests (approve or return). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Work")
public class ApprovalResource {

    @Inject
    ApprovalService service;

    @GET
    @Path("approval-policies")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "Which actions of your organization need approval, and by whom (none by default)")
    public Page<ApprovalPolicyView> policies() {
        return service.policies();
    }

    @PUT
    @Path("approval-policies")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Require approval of an action (CASE_CLOSURE, ERASURE, IPOD_PLAN, STATUTORY_REFERRAL) by a role, or "
            + "(approverRole null) no more",
            description = "Creates the policy (200 with its ETag); replacing or removing an existing one takes If-Match "
                    + "of its ETag (428 without, 412 stale); removed or none: 204.")
    public Response setPolicy(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid ApprovalPolicyInput input) {
        return service.setPolicy(ifMatch, input)
                .map(view -> Response.ok(view).tag(ETags.of(view.version())).build())
                .orElseGet(() -> Response.noContent().build());
    }

    @GET
    @Path("approvals")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "Your organization's approval requests, newest first",
            description = "status=PENDING|APPROVED|RETURNED; familyId: one family's only (a case file asking what waits "
                    + "for approval reads, and audits, only that family). Keyset-paginated. Audited: the families on the page.")
    public Page<ApprovalView> list(@QueryParam("status") String status,
                                   @Parameter(description = "Only this family's requests") @QueryParam("familyId") String familyId,
                                   @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return service.list(status, familyId, PageRequest.of(limit, after));
    }

    @GET
    @Path("approvals/{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "One approval request of your organization (another's: 404)")
    public Response get(@PathParam("id") UUID id) {
        ApprovalView view = service.get(id);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("approvals/{id}/approval")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "Approve: the action happens now",
            description = "An approver with the request's role, of the same organization, not the requester (409 "
                    + "second-person-required); If-Match of the request required.")
    public Response approve(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ApprovalView view = service.approve(id, ifMatch);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }

    @POST
    @Path("approvals/{id}/return")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "Return the request with a reason: nothing happens", description = "As approval: the approver, If-Match.")
    public Response returnRequest(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                  @NotNull @Valid ReturnApproval body) {
        ApprovalView view = service.returnRequest(id, ifMatch, body);
        return Response.ok(view).tag(ETags.of(view.version())).build();
    }
}
