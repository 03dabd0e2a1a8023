package cz.opora.family.rest;

import cz.opora.common.rest.PageRequest;
import cz.opora.common.security.Roles;
import cz.opora.family.service.EmailPreference;
import cz.opora.family.service.NotificationPage;
import cz.opora.family.service.NotificationPreferenceView;
import cz.opora.family.service.NotificationService;
import cz.opora.family.service.NotificationView;
import cz.opora.family.service.ReadState;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

/** The caller's notifications and e-mail preferences. */
@Path("/api/v1/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Work")
@RolesAllowed({Roles.CASE_MANAGER, Roles.FAMILY_WORKER, Roles.OSPOD_WORKER, Roles.NZDM_WORKER, Roles.FGC_COORDINATOR,
        Roles.CLUB_LEADER, Roles.ORG_ADMIN})
public class NotificationResource {
    @Inject
    NotificationService service;

    @GET
    @Operation(summary = "Your notifications, newest first, with the count of unread ones",
            description = "unread=true lists only the unread ones.")
    public NotificationPage list(@QueryParam("unread") String unread, @QueryParam("limit") String limit,
                                 @QueryParam("after") String after) {
        return service.list(unread, PageRequest.of(limit, after));
    }

    @PUT
    @Path("{id}/read-state")
    @Operation(summary = "Mark a notification read or unread",
            description = "An idempotent PUT of the read state (no If-Match: the notification is the caller's own and "
                    + "the same body twice changes nothing). Another worker's notification: 404.")
    public NotificationView setRead(@PathParam("id") UUID id, @NotNull @Valid ReadState state) {
        return service.setRead(id, state);
    }

    @GET
    @Path("preferences")
    @Operation(summary = "Per kind: in-app (always) and e-mail (on unless switched off)")
    public List<NotificationPreferenceView> preferences() {
        return service.preferences();
    }

    @PUT
    @Path("preferences")
    @Operation(summary = "Switch e-mail for one kind of notification on or off (idempotent)")
    public NotificationPreferenceView setEmail(@NotNull @Valid EmailPreference preference) {
        return service.setEmail(preference);
    }
}
