package cz.opora.family.rest;

import cz.opora.common.idempotency.IdempotentRequests;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.family.service.FamilyCommands;
import cz.opora.family.service.FamilySearch;
import cz.opora.family.service.FamilyService;
import cz.opora.family.service.RecordLifecycleService;
import cz.opora.family.service.FamilySummary;
import cz.opora.family.service.FamilyView;
import cz.opora.family.service.RegisterFamily;
import cz.opora.family.service.UpdateFamily;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP mapping of the family record; rules live in {@link FamilyService}. */
@Path("/api/v1/families")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Families", description = "The family's case record, visible only to its owning organization")
public class FamilyResource {
    @Inject
    cz.opora.family.service.ApprovalService approvals;

    @Inject
    FamilyService service;
    @Inject
    RecordLifecycleService lifecycle;

    @POST
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER})
    @Operation(summary = "Register a family", description = "The family belongs to the caller's organization; "
            + "status starts at INTAKE; a case manager who registers it becomes its key worker.")
    @APIResponse(responseCode = "201", description = "Registered; Location and ETag headers set",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid input, each invalid field named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response register(@NotNull @Valid RegisterFamily body,
                             @Parameter(description = "A key of the client's choice (a UUID): repeating the request "
                                     + "with the same key and body answers with the family the first one registered")
                             @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                             @jakarta.ws.rs.core.Context UriInfo uri) {
        FamilyView family = service.register(body, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(family.id().toString()).build())
                .tag(ETags.of(family.version())).entity(family).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER})
    @Operation(summary = "Change a family's household label and address",
            description = "Send the ETag you read in If-Match. 412 when the family changed since, 428 without If-Match.")
    @APIResponse(responseCode = "200", description = "Changed; the new ETag is set",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "412", description = "Stale If-Match: read the family again",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id,
                           @Parameter(description = "The ETag of the version being changed", required = true)
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid UpdateFamily body) {
        return withETag(service.update(id, ifMatch, body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR, Roles.CLUB_LEADER})
    @Operation(summary = "Read a family", description = "404 unless the caller's organization owns it. Audited.")
    @APIResponse(responseCode = "200", description = "The family; ETag header set",
            content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "404", description = "No such family for the caller's organization",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("id") UUID id) {
        return withETag(service.get(id));
    }

    @GET
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Find the organization's families",
            description = "Filters combine; keyset-paginated: pass the previous page's 'next' as 'after' with the same "
                    + "filters and sort. Audited.")
    public Page<FamilySummary> search(
            @Parameter(description = "Part of the household label or of a member's name; case and diacritics do not matter",
                    example = "novakova") @QueryParam("q") String q,
            @Parameter(description = "Municipality, exactly (case and diacritics do not matter)", example = "Brno")
            @QueryParam("municipality") String municipality,
            @Parameter(description = "INTAKE, ACTIVE or CLOSED") @QueryParam("status") String status,
            @Parameter(description = "A key worker's user id, or 'me'") @QueryParam("keyWorker") String keyWorker,
            @Parameter(description = "'mine': families where you are the key worker or on the team")
            @QueryParam("caseload") String caseload,
            @Parameter(description = "NEWEST (default) or NAME") @QueryParam("sort") String sort,
            @Parameter(description = "Page size, 1 to " + PageRequest.MAX_LIMIT + " (default " + PageRequest.DEFAULT_LIMIT + ")")
            @QueryParam("limit") String limit,
            @Parameter(description = "Cursor from the previous page's 'next'") @QueryParam("after") String after) {
        return service.search(FamilySearch.of(q, municipality, status, keyWorker, caseload, sort), PageRequest.of(limit, after));
    }

    @POST
    @Path("{id}/activation")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "End the intake: the family works with the organization (INTAKE to ACTIVE)",
            description = "If-Match required. 409 with 'currentState' when the family is not in INTAKE.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response activate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(service.activate(id, ifMatch));
    }

    @POST
    @Path("{id}/closure")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Close the case with a reason and a summary", description = "If-Match required. 409 when already "
            + "closed. Where the organization requires approval of closures (approval policy CASE_CLOSURE), 202 with the "
            + "approval request (Location /api/v1/approvals/{id}): the file is closed only once an approver approves it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = cz.opora.family.service.ApprovalView.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                          @NotNull @Valid FamilyCommands.Close body) {
        java.util.Optional<cz.opora.family.service.ApprovalView> pending = approvals.requestClosure(id, ifMatch, body);
        if (pending.isPresent()) {
            return Response.accepted(pending.get()).location(java.net.URI.create("/api/v1/approvals/" + pending.get().id()))
                    .tag(ETags.of(pending.get().version())).build();
        }
        return withETag(service.close(id, ifMatch, body));
    }

    @POST
    @Path("{id}/reopening")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER})
    @Operation(summary = "Reopen a closed case, with the reason", description = "If-Match required. 409 unless closed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FamilyView.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reopen(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid FamilyCommands.Reopen body) {
        return withETag(service.reopen(id, ifMatch, body));
    }

    @PUT
    @Path("{id}/team")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER})
    @Operation(summary = "Set the key worker and the team", description = "Replaces both. If-Match required.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = FamilyView.class)))
    public Response setTeam(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid FamilyCommands.Team body) {
        return withETag(service.setTeam(id, ifMatch, body));
    }

    @POST
    @Path("{familyId}/erasure-request")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "Ask for the erasure of a closed case file",
            description = "A worker of the owning organization or its org-admin, with the GDPR ground; If-Match (the family's "
                    + "ETag) required. Another person, an org-admin, approves it (POST .../erasure). 409 not-closed while "
                    + "the case is open, erasure-requested when a request waits already.")
    @APIResponse(responseCode = "201", description = "Requested",
            content = @Content(schema = @Schema(implementation = RecordLifecycleService.ErasureRequestView.class)))
    @APIResponse(responseCode = "409", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response requestErasure(@PathParam("familyId") UUID familyId, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                   @NotNull @Valid RecordLifecycleService.ErasureRequestInput body,
                                   @jakarta.ws.rs.core.Context UriInfo uri) {
        return Response.created(uri.getAbsolutePath()).entity(lifecycle.requestErasure(familyId, ifMatch, body)).build();
    }

    @GET
    @Path("{familyId}/erasure-request")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "The erasure request waiting for approval", description = "404 when none waits.")
    public RecordLifecycleService.ErasureRequestView pendingErasure(@PathParam("familyId") UUID familyId) {
        return lifecycle.pendingErasure(familyId);
    }

    @DELETE
    @Path("{familyId}/erasure-request")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.ORG_ADMIN})
    @Operation(summary = "Withdraw the erasure request", description = "Its requester or an org-admin.")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdrawErasure(@PathParam("familyId") UUID familyId) {
        lifecycle.withdrawErasure(familyId);
        return Response.noContent().build();
    }

    @POST
    @Path("{familyId}/erasure")
    @RolesAllowed(Roles.ORG_ADMIN)
    @Operation(summary = "Approve the erasure request and erase the organization's case file",
            description = "An org-admin of the owning organization other than the requester; the case closed; If-Match "
                    + "required. Erases this organization's file and every copy of it in other services; other "
                    + "organizations' own files and records stay, detached from it; the funders' figures do not change; "
                    + "the register of erasures keeps when, whose file, by whom and on which ground.")
    @APIResponse(responseCode = "200", description = "Erased: the register's entry",
            content = @Content(schema = @Schema(implementation = RecordLifecycleService.ErasureView.class)))
    @APIResponse(responseCode = "409", description = "not-closed, no-erasure-request or second-person-required",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RecordLifecycleService.ErasureView erase(@PathParam("familyId") UUID familyId,
                                                   @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return lifecycle.approveErasure(familyId, ifMatch);
    }

    @GET
    @Path("{familyId}/access-log")
    @RolesAllowed({Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Who read or changed the family's file, newest first",
            description = "For the owning organization's org-admin and for auditors.")
    public Page<RecordLifecycleService.AccessLogEntry> accessLog(@PathParam("familyId") UUID familyId,
                                                                 @QueryParam("limit") String limit,
                                                                 @QueryParam("after") String after) {
        return lifecycle.accessLog(familyId, PageRequest.of(limit, after));
    }
    private static Response withETag(FamilyView family) {
        return Response.ok(family).tag(ETags.of(family.version())).build();
    }
}
