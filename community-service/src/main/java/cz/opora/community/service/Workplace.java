package cz.opora.community.service;

import cz.opora.common.rest.FieldError;
import cz.opora.common.rest.Problem;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.community.config.CommunityConfig;
import cz.opora.community.domain.CommunityRules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What every part of the service needs: the caller's organization and subject, the day, and the rules' verdicts. */
@ApplicationScoped
public class Workplace {
    @Inject
    Caller caller;
    @Inject
    WorkCalendar calendar;
    @Inject
    CommunityConfig config;

    public String organization() {
        return caller.organization();
    }

    public String subject() {
        return caller.subject();
    }

    public Instant now() {
        return calendar.now();
    }

    public LocalDate today() {
        return calendar.today();
    }

    public CommunityConfig config() {
        return config;
    }

    /** A day of work within the backdating window, as a list of field errors. */
    public List<FieldError> day(String field, LocalDate day) {
        return CommunityRules.day(field, day, today(), config.backdating());
    }

    /** 400 naming every field the rules found wrong; nothing when they found none. */
    @SafeVarargs
    public static void require(List<FieldError>... verdicts) {
        List<FieldError> errors = new ArrayList<>();
        Arrays.stream(verdicts).forEach(errors::addAll);
        if (!errors.isEmpty()) {
            throw new ProblemException(Problem.validation(errors));
        }
    }
}
