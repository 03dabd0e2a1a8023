package cz.opora.family.service;

import cz.opora.family.domain.NotificationKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whether the worker gets e-mail for a kind (the in-app notification always comes). */
@Schema(name = "NotificationPreference")
public record NotificationPreferenceView(NotificationKind kind, boolean inApp, boolean email) {
}
