package cz.opora.family.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** A page of the worker's notifications, with how many are unread in all. */
@Schema(name = "NotificationPage")
public record NotificationPage(List<NotificationView> items, String next,
                               @Schema(description = "How many of the worker's notifications are unread") long unread) {
}
