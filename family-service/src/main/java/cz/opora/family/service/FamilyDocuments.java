package cz.opora.family.service;

import cz.opora.common.audit.AuditLog;
import cz.opora.common.rest.ProblemException;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.documents.CzechLabels;
import cz.opora.documents.Html;
import cz.opora.events.MemberRole;
import cz.opora.family.domain.Consent;
import cz.opora.family.domain.ConsentStatus;
import cz.opora.family.domain.ConsentRepository;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.FamilyMember;
import cz.opora.family.domain.Plan;
import cz.opora.family.domain.PlanRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The papers the family reads and signs: the individual plan and the consent form, from the owner's case file only
 * (another organization's file answers 404), each audited like the read it is.
 */
@ApplicationScoped
@Transactional
public class FamilyDocuments {
    @Inject
    FamilyFiles files;
    @Inject
    PlanRepository plans;
    @Inject
    ConsentRepository consents;
    @Inject
    KnownOrganizations organizations;
    @Inject
    AuditLog audit;
    @Inject
    Caller caller;
    @Inject
    WorkCalendar calendar;

    /** The plan as the family signs it: goals in plain words, steps with who and by when, review, signatures. */
    public Html plan(UUID familyId, UUID planId) {
        Family family = files.requireOwned(familyId);
        Plan plan = plans.findInFamily(family.id, planId).orElseThrow(() -> ProblemException.notFound("The plan"));
        audit.record("plan.document", PlanService.RESOURCE, List.of(family.id, plan.id));
        Html doc = Html.document(title(plan.source));
        doc.facts("Rodina", family.name, "Organizace", organizationName(family.owningOrganization),
                "Klíčový pracovník", family.keyWorkerName, "Název plánu", plan.title,
                "Dohodnuto dne", date(plan.agreedAt), "Verze plánu", String.valueOf(plan.revision),
                "Kdy plán společně zhodnotíme", Html.date(plan.reviewDate));
        if (plan.familyAuthored) {
            doc.p("Tento plán sestavila rodina sama na rodinné konferenci. Pracovníci zaznamenávají, jak se daří, "
                    + "ale plán nepřepisují; změnit ho může jen další (revizní) rodinná konference.");
        }
        for (int i = 0; i < plan.goals.size(); i++) {
            Plan.Goal goal = plan.goals.get(i);
            doc.h2("Cíl " + (i + 1) + ": " + goal.what);
            doc.facts("Jak poznáme, že se daří", goal.progressIndicator, "Jak jsme na tom", goalStatus(goal.status),
                    "Poznámka", goal.progressNote);
            List<List<String>> rows = new ArrayList<>();
            goal.steps.forEach(s -> rows.add(List.of(s.what, who(s), Html.date(s.dueDate), stepStatus(s.status))));
            if (!rows.isEmpty()) {
                doc.table(List.of("Co uděláme", "Kdo", "Do kdy", "Stav"), rows);
            }
        }
        if (plan.ifItDoesNotWork != null) {
            doc.box("Co uděláme, když se to nepodaří", plan.ifItDoesNotWork);
        }
        if (plan.reviewDate != null) {
            doc.box("Zhodnocení plánu", "Dne " + Html.date(plan.reviewDate) + " se sejdeme a podíváme se, co se "
                    + "podařilo a co změníme.");
        }
        List<String> signatures = new ArrayList<>();
        adults(family).forEach(m -> signatures.add(name(m) + ", " + role(m.role)));
        signatures.add((family.keyWorkerName == null ? "Klíčový pracovník" : family.keyWorkerName) + ", klíčový pracovník");
        doc.signatures(signatures);
        doc.muted("Vytištěno " + Html.date(calendar.today()) + " ze systému Opora. Podpisem potvrzujete, že jste plán "
                + "spolu s pracovníkem dohodli.");
        return doc;
    }

    /** The consent form: purpose, recipient, scopes, validity and how to withdraw, as the ledger records them. */
    public Html consent(UUID familyId, UUID consentId) {
        Family family = files.requireOwned(familyId);
        Consent consent = consents.findInFamily(family.id, consentId)
                .orElseThrow(() -> ProblemException.notFound("The consent"));
        audit.record("consent.document", "consent", List.of(family.id, consent.id));
        FamilyMember giver = family.members.stream().filter(m -> m.id.equals(consent.givenByMemberId)).findFirst()
                .orElse(null);
        String keyWorker = family.keyWorkerName == null ? "" : " (" + family.keyWorkerName + ")";
        Html doc = Html.document("Souhlas: " + purposeTitle(consent.purpose));
        doc.facts("Rodina", family.name, "Souhlas dává", giver == null ? null : name(giver) + ", " + role(giver.role),
                "Organizace, které souhlas dáváte", organizationName(family.owningOrganization),
                "Účel", purpose(consent.purpose),
                "Komu", recipient(consent),
                "Jaké údaje", CzechLabels.scopes(consent.scopes),
                "Platí od", Html.date(consent.validFrom),
                "Platí do", consent.validUntil == null ? "do odvolání" : Html.date(consent.validUntil),
                "Číslo formuláře", consent.formReference,
                "Stav v evidenci souhlasů", status(consent, calendar.today()));
        doc.box("Jak souhlas odvolat", "Souhlas můžete kdykoli odvolat, ústně nebo písemně, u svého klíčového pracovníka"
                + keyWorker + " nebo u kohokoli z organizace " + organizationName(family.owningOrganization) + ". "
                + "Odvolání platí hned: od té chvíle už vaše údaje nikomu dalšímu neukážeme. Odvolání vás nic nestojí "
                + "a nemá vliv na to, jak s vámi budeme dál pracovat.");
        doc.p("Souhlas je dobrovolný. Máte právo vědět, kdo vaše údaje viděl, a dostat jejich kopii.");
        doc.signatures(List.of(giver == null ? "Ten, kdo souhlas dává" : name(giver),
                (family.keyWorkerName == null ? "Pracovník" : family.keyWorkerName) + ", za organizaci"));
        doc.muted("Vytištěno " + Html.date(calendar.today()) + " ze systému Opora podle evidence souhlasů. "
                + "Záznam souhlasu " + consent.id + ".");
        return doc;
    }

    private String organizationName(String id) {
        return organizations.name(id).orElse(id);
    }

    private String recipient(Consent consent) {
        if (consent.recipientOrganization != null) {
            return organizationName(consent.recipientOrganization);
        }
        if (consent.recipientType != null) {
            return "organizace typu " + CzechLabels.organizationType(consent.recipientType);
        }
        return switch (consent.purpose) {
            case FAMILY_CONFERENCE -> "nezávislý koordinátor rodinné konference a pozvaní účastníci";
            case TUTORING -> "program doučování a předškolních klubů";
            case SHARING -> "";
        };
    }

    private String date(Instant at) {
        return at == null ? "" : Html.date(LocalDate.ofInstant(at, calendar.zone()));
    }

    static List<FamilyMember> adults(Family family) {
        return family.members.stream().filter(m -> m.role == MemberRole.PARENT || m.role == MemberRole.GUARDIAN).toList();
    }

    static String name(FamilyMember member) {
        return member.firstName + " " + member.lastName;
    }

    private static String who(Plan.Step step) {
        return switch (step.whoKind) {
            case WORKER -> step.whoName + " (pracovník)";
            case MEMBER -> step.whoName;
            case NETWORK -> step.whoName;
        };
    }

    static String title(Plan.Source source) {
        return switch (source) {
            case SAS_PLAN -> "Individuální plán";
            case OSPOD_IPOD -> "Individuální plán ochrany dítěte";
            case FAMILY_CONFERENCE -> "Plán rodiny z rodinné konference";
        };
    }

    private static String goalStatus(Plan.GoalStatus status) {
        return CzechLabels.code(status);
    }

    private static String stepStatus(Plan.StepStatus status) {
        return CzechLabels.code(status);
    }

    static String role(MemberRole role) {
        return CzechLabels.code(role);
    }

    private static String purposeTitle(cz.opora.events.ConsentPurpose purpose) {
        return switch (purpose) {
            case SHARING -> "sdílení údajů";
            case FAMILY_CONFERENCE -> "rodinná konference";
            case TUTORING -> "doučování a předškolní klub";
        };
    }

    private static String purpose(cz.opora.events.ConsentPurpose purpose) {
        return switch (purpose) {
            case SHARING -> "Aby organizace, které s vaší rodinou pracují, mohly spolupracovat a vidět to, co potřebují.";
            case FAMILY_CONFERENCE -> "Příprava a konání rodinné konference: koordinátor osloví lidi, které určíte.";
            case TUTORING -> "Doučování nebo předškolní klub pro vaše děti.";
        };
    }

    private String status(Consent consent, LocalDate today) {
        ConsentStatus status = consent.status(today);
        return status == ConsentStatus.WITHDRAWN ? CzechLabels.code(status) + " " + date(consent.withdrawnAt)
                : CzechLabels.code(status);
    }
}
