package cz.opora.family.rest;

import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.family.service.FamilyView;
import cz.opora.family.service.MemberService;
import cz.opora.family.service.RegisterFamily;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

/** HTTP mapping of a family's members; rules live in {@link MemberService}. */
@Path("/api/v1/families/{familyId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Family members", description = "The household and the wider network of a family")
public class MemberResource {
    @Inject
    MemberService service;

    @POST
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Add a person to the family or its wider network")
    @APIResponse(responseCode = "201", description = "Added; Location and ETag set",
            content = @Content(schema = @Schema(implementation = FamilyView.Member.class)))
    @APIResponse(responseCode = "409", description = "The family is closed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response add(@PathParam("familyId") UUID familyId, @NotNull @Valid RegisterFamily.Member body,
                        @Context UriInfo uri) {
        FamilyView.Member member = service.add(familyId, body);
        return Response.created(uri.getAbsolutePathBuilder().path(member.id().toString()).build())
                .tag(ETags.of(member.version())).entity(member).build();
    }

    @GET
    @Path("{memberId}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Read a member", description = "ETag set. Audited.")
    public Response get(@PathParam("familyId") UUID familyId, @PathParam("memberId") UUID memberId) {
        FamilyView.Member member = service.get(familyId, memberId);
        return Response.ok(member).tag(ETags.of(member.version())).build();
    }

    @PUT
    @Path("{memberId}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER})
    @Operation(summary = "Change a member's details (replaced as a whole)", description = "If-Match: the member's ETag.")
    public Response change(@PathParam("familyId") UUID familyId, @PathParam("memberId") UUID memberId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @NotNull @Valid RegisterFamily.Member body) {
        FamilyView.Member member = service.change(familyId, memberId, ifMatch, body);
        return Response.ok(member).tag(ETags.of(member.version())).build();
    }

    @DELETE
    @Path("{memberId}")
    @RolesAllowed({Roles.CASE_MANAGER, Roles.OSPOD_WORKER})
    @Operation(summary = "Remove a person from the family's record", description = "If-Match: the member's ETag. "
            + "409 for the last member (close the family instead).")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(@PathParam("familyId") UUID familyId, @PathParam("memberId") UUID memberId,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.remove(familyId, memberId, ifMatch);
        return Response.noContent().build();
    }
}
