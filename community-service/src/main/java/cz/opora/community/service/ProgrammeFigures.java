package cz.opora.community.service;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeFigures", description = "Programmes of one kind in a period: how many met, sessions, participants (sum of attendance)")
public record ProgrammeFigures(long programmes, long sessions, long participants) {
}
