package cz.opora.referral.rest;

import cz.opora.common.idempotency.IdempotentRequests;
import cz.opora.common.rest.ETags;
import cz.opora.common.rest.Page;
import cz.opora.common.rest.PageRequest;
import cz.opora.common.rest.Params;
import cz.opora.common.rest.Problem;
import cz.opora.common.security.Roles;
import cz.opora.referral.service.ReferralDecisions;
import cz.opora.referral.service.ReferralInput;
import cz.opora.referral.service.ReferralService;
import cz.opora.referral.service.ReferralStatistics;
import cz.opora.referral.service.ReferralView;
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
import jakarta.ws.rs.core.Context;
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

/** HTTP mapping of referrals; rules live in {@link ReferralService}. */
@Path("/api/v1/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Referrals of a family, or some of its children, between organizations")
@RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR})
public class ReferralResource {
    private static final String IF_MATCH_REQUIRED = " If-Match required: the current ETag (428 without, 412 when stale).";

    @Inject
    ReferralService referrals;
    @Inject
    ReferralStatistics statistics;
    @Inject
    cz.opora.documents.Reports reports;

    @POST
    @Operation(summary = "Draft a referral", description = "Checked at once: the family must be one your organization "
            + "works with, the children its children, the recipient in the directory, and the basis valid. Only your "
            + "organization sees a draft; send it with POST /{id}/sending.")
    @APIResponse(responseCode = "201", description = "Drafted; Location and ETag set",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "400", description = "A field is invalid, e.g. no consent allows sharing with the recipient",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(@NotNull @Valid ReferralInput body,
                           @Parameter(description = "A key of the client's choice (a UUID): repeating the request with "
                                   + "the same key and body answers with the draft the first one made")
                           @HeaderParam(IdempotentRequests.HEADER) String idempotencyKey,
                           @Context UriInfo uri) {
        ReferralView referral = referrals.create(body, idempotencyKey);
        return Response.created(uri.getAbsolutePathBuilder().path(referral.id().toString()).build())
                .tag(ETags.of(referral.version())).entity(referral).build();
    }

    @GET
    @Operation(summary = "Incoming or outgoing referrals, newest first",
            description = "Filters combine. A recipient never sees drafts. Keyset-paginated (limit, after). Audited.")
    public Page<ReferralView> list(
            @Parameter(description = "INCOMING (sent to your organization) or OUTGOING (created by it)", required = true)
            @QueryParam("direction") String direction,
            @Parameter(description = "DRAFT, SENT, ACCEPTED, DECLINED, WITHDRAWN, IN_PROGRESS, COMPLETED, CLOSED, SUSPENDED")
            @QueryParam("status") String status,
            @Parameter(description = "ROUTINE, URGENT, EMERGENCY") @QueryParam("urgency") String urgency,
            @QueryParam("familyId") String familyId,
            @Parameter(description = "true: only those sent, unanswered and past their deadline") @QueryParam("overdue") String overdue,
            @QueryParam("limit") String limit, @QueryParam("after") String after) {
        return referrals.list(direction, status, urgency, familyId, overdue, PageRequest.of(limit, after));
    }

    @GET
    @Path("counts")
    @Operation(summary = "Counts for a dashboard", description = "Incoming and outgoing referrals by state, and how many are overdue.")
    public ReferralService.Counts counts() {
        return referrals.counts();
    }

    @GET
    @Path("statistics")
    @RolesAllowed({Roles.OSPOD_WORKER, Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR,
            Roles.ORG_ADMIN, Roles.AUDITOR})
    @Operation(summary = "Your organization's referral figures for a period (the auditor names the organization)",
            description = "By the day referrals were sent; from defaults to 1 January of this year, to to today.")
    @Produces({cz.opora.documents.Reports.JSON, cz.opora.documents.Reports.CSV, cz.opora.documents.Reports.XLSX})
    @APIResponse(responseCode = "200", description = "JSON, or CSV / XLSX with Czech headings (Accept or format)",
            content = @Content(schema = @Schema(implementation = ReferralStatistics.Report.class)))
    public Response statistics(@Parameter(description = "YYYY-MM-DD") @QueryParam("from") String from,
                               @Parameter(description = "YYYY-MM-DD, inclusive") @QueryParam("to") String to,
                               @Parameter(description = "For auditors: which organization; others: their own only (403)")
                               @QueryParam("organization") String organization,
                               @Parameter(description = "json, csv or xlsx; wins over Accept") @QueryParam("format") String format,
                               @Context HttpHeaders headers) {
        return reports.answer(statistics.report(organization, Params.date(from, "from"), Params.date(to, "to")), format, headers,
                "cz/opora/referral/statistics-labels.properties", "Statistika doporučení", "statistika-doporuceni");
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One referral", description = "Its sender's or recipient's organization only (404 otherwise); "
            + "allowedActions says what your organization may do now. ETag set. Audited.")
    public Response get(@PathParam("id") UUID id) {
        return withTag(referrals.get(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace a draft", description = "Sender only, while it is a draft. If-Match required.")
    @APIResponse(responseCode = "409", description = "No longer a draft; the problem names the current state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response update(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ReferralInput body) {
        return withTag(referrals.update(id, ifMatch, body));
    }

    @POST
    @Path("{id}/sending")
    @Operation(summary = "Send a draft", description = "Sender only. The basis is checked again; the response deadline "
            + "is set from the urgency. The recipient sees the referral from now, the family only once it accepts."
            + IF_MATCH_REQUIRED)
    @APIResponse(responseCode = "202", description = "A statutory referral of an organization that requires approval of it "
            + "(STATUTORY_REFERRAL): AWAITING_APPROVAL, unseen by the recipient until the approver approves it in "
            + "family-service (then it is sent) or returns it (then it is a draft again)",
            content = @Content(schema = @Schema(implementation = ReferralView.class)))
    @APIResponse(responseCode = "409", description = "Not a draft (approval-pending: it waits for approval already); "
            + "the problem names the current state",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response send(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        ReferralView view = referrals.send(id, ifMatch);
        if (view.status() == cz.opora.referral.domain.ReferralStatus.AWAITING_APPROVAL) {
            return Response.accepted(view).tag(ETags.of(view.version())).build();
        }
        return withTag(view);
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Accept a referral", description = "Recipient only (for a recipient outside Opora, the sender "
            + "records its answer). Gives the recipient access to the family within the referral's basis." + IF_MATCH_REQUIRED)
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @Valid ReferralDecisions.Acceptance body) {
        return withTag(referrals.accept(id, ifMatch, body));
    }

    @POST
    @Path("{id}/decline")
    @Operation(summary = "Decline a referral, with a reason", description = "Recipient only." + IF_MATCH_REQUIRED)
    public Response decline(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                            @NotNull @Valid ReferralDecisions.Decline body) {
        return withTag(referrals.decline(id, ifMatch, body));
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "Record that work with the family started", description = "Recipient only; from ACCEPTED."
            + IF_MATCH_REQUIRED)
    public Response start(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(referrals.start(id, ifMatch));
    }

    @POST
    @Path("{id}/completion")
    @Operation(summary = "Complete a referral with an outcome report to the sender",
            description = "Recipient only; ends its access to the family." + IF_MATCH_REQUIRED)
    public Response complete(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @NotNull @Valid ReferralDecisions.Completion body) {
        return withTag(referrals.complete(id, ifMatch, body));
    }

    @POST
    @Path("{id}/closure")
    @Operation(summary = "Close a completed or declined referral", description = "Sender only." + IF_MATCH_REQUIRED)
    public Response close(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withTag(referrals.close(id, ifMatch));
    }

    @POST
    @Path("{id}/withdrawal")
    @Operation(summary = "Withdraw a referral", description = "Sender only, until it is completed; ends the recipient's "
            + "access." + IF_MATCH_REQUIRED)
    public Response withdraw(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                             @Valid ReferralDecisions.Withdrawal body) {
        return withTag(referrals.withdraw(id, ifMatch, body));
    }

    @POST
    @Path("{id}/resumption")
    @Operation(summary = "Resume a suspended referral on a new basis",
            description = "Sender only. It returns to the state it was suspended in; an accepted one gives the recipient "
                    + "access again, within the new consent." + IF_MATCH_REQUIRED)
    public Response resume(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid ReferralDecisions.Resumption body) {
        return withTag(referrals.resume(id, ifMatch, body));
    }

    private static Response withTag(ReferralView referral) {
        return Response.ok(referral).tag(ETags.of(referral.version())).build();
    }
}
