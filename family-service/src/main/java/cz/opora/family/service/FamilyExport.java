package cz.opora.family.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import cz.opora.common.audit.AuditEntry;
import cz.opora.common.audit.AuditLog;
import cz.opora.common.security.Caller;
import cz.opora.common.time.WorkCalendar;
import cz.opora.documents.BoundedZip;
import cz.opora.documents.CzechLabels;
import cz.opora.documents.Html;
import cz.opora.documents.Pdf;
import cz.opora.family.domain.Assessment;
import cz.opora.family.domain.AssessmentRepository;
import cz.opora.family.domain.Consent;
import cz.opora.family.domain.ConsentRepository;
import cz.opora.family.domain.Contact;
import cz.opora.family.domain.ContactRepository;
import cz.opora.family.domain.Family;
import cz.opora.family.domain.Plan;
import cz.opora.family.domain.PlanRepository;
import cz.opora.family.domain.TimelineEntry;
import cz.opora.family.domain.TimelineRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The family's own copy (GDPR art. 15 and 20): everything the caller's organization holds in its case file of the
 * family, as a ZIP of JSON parts plus a readable PDF summary, for its org-admin to hand to the family. Only the
 * organization's own file: never a linked file of another organization, never another organization's timeline entries.
 * Read page by page (keyset) and written to a bounded temporary file, so neither the rows nor the ZIP are held in
 * memory; audited as {@code family.export}.
 */
@ApplicationScoped
@Transactional
public class FamilyExport {
    /** The parts, in the order written; {@code prehled.pdf} last. */
    public static final List<String> PARTS = List.of("rodina.json", "souhlasy.json", "vyhodnoceni.json", "plany.json",
            "kontakty.json", "casova-osa.json", "pristupy.json", "prehled.pdf");

    @Inject
    FamilyFiles files;
    @Inject
    ConsentRepository consents;
    @Inject
    AssessmentRepository assessments;
    @Inject
    PlanRepository plans;
    @Inject
    ContactRepository contacts;
    @Inject
    TimelineRepository timeline;
    @Inject
    KnownOrganizations organizations;
    @Inject
    AuditLog audit;
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;
    @Inject
    WorkCalendar calendar;
    @Inject
    Caller caller;
    @Inject
    ExportLimits limits;

    public Response export(UUID familyId) {
        Family family = files.requireOwned(familyId);
        audit.record("family.export", FamilyService.RESOURCE, List.of(family.id));
        LocalDate today = calendar.today();
        FamilyView view = FamilyView.of(family);
        Html summary = Html.document("Co o vás vedeme: " + family.name);
        summary.facts("Organizace", organizations.name(family.owningOrganization).orElse(family.owningOrganization),
                "Klíčový pracovník", family.keyWorkerName, "Obec", family.municipality,
                "Vyhotoveno", Html.date(today), "Vyhotovil", caller.displayName());
        summary.p("Tento přehled shrnuje, co naše organizace ve vaší spisové dokumentaci vede. Úplné údaje jsou "
                + "v přiložených souborech JSON (strojově čitelné, lze je předat jiné službě).");
        summary.h2("Členové domácnosti");
        summary.table(List.of("Jméno", "Role", "Datum narození"), family.members.stream()
                .map(m -> List.of(FamilyDocuments.name(m), FamilyDocuments.role(m.role), Html.date(m.birthDate))).toList());
        UUID id = family.id;
        int pageSize = limits.pageSize();

        try (BoundedZip zip = new BoundedZip(limits.maxBytes(), limits.maxTime())) {
            write(zip, "rodina.json", g -> value(g, view));

            List<List<String>> consentRows = new ArrayList<>();
            write(zip, "souhlasy.json", g -> pages(zip, last -> consents.page(id, last == null ? null : last.recordedAt,
                    last == null ? null : last.id, pageSize), (Consent c) -> {
                value(g, ConsentView.of(c, today));
                consentRows.add(List.of(CzechLabels.scopes(c.scopes), Html.date(c.validFrom),
                        c.validUntil == null ? "do odvolání" : Html.date(c.validUntil), CzechLabels.code(c.status(today))));
            }));
            summary.h2("Souhlasy (" + consentRows.size() + ")");
            summary.table(List.of("Jaké údaje", "Od", "Do", "Stav"), consentRows);

            int[] assessed = {0};
            write(zip, "vyhodnoceni.json", g -> pages(zip, last -> assessments.page(id, false,
                    last == null ? null : last.createdAt, last == null ? null : last.id, pageSize), (Assessment a) -> {
                value(g, AssessmentView.full(a));
                assessed[0]++;
            }));
            summary.h2("Vyhodnocení situace: " + assessed[0]);

            List<List<String>> goalRows = new ArrayList<>();
            write(zip, "plany.json", g -> pages(zip, last -> plans.page(id, last == null ? null : last.agreedAt,
                    last == null ? null : last.id, pageSize), (Plan p) -> {
                value(g, new ExportedPlan(PlanView.full(p), plans.revisions(p.id).stream()
                        .map(r -> new ExportedPlan.Revision(r.revision, r.revisedAt, readTree(r.content))).toList()));
                p.goals.forEach(goal -> goalRows.add(List.of(p.title, goal.what, CzechLabels.code(goal.status), Html.date(p.reviewDate))));
            }));
            summary.h2("Plány a jejich cíle");
            summary.table(List.of("Plán", "Cíl", "Stav", "Zhodnocení"), goalRows);

            Map<Contact.Type, int[]> byType = new EnumMap<>(Contact.Type.class);
            write(zip, "kontakty.json", g -> pages(zip, last -> contacts.page(id, last == null ? null : last.occurredOn,
                    last == null ? null : last.id, pageSize), (Contact c) -> {
                value(g, ContactView.of(c));
                int[] figures = byType.computeIfAbsent(c.type, t -> new int[2]);
                figures[0]++;
                figures[1] += c.durationMinutes;
            }));
            summary.h2("Setkání s vámi");
            summary.table(List.of("Druh", "Počet", "Minut"), byType.entrySet().stream().map(e -> List.of(
                    CzechLabels.code(e.getKey()), String.valueOf(e.getValue()[0]), String.valueOf(e.getValue()[1]))).toList());

            int[] entries = {0};
            write(zip, "casova-osa.json", g -> pages(zip, last -> timeline.page(id, last == null ? null : last.occurredAt,
                    last == null ? null : last.id, pageSize), (TimelineEntry e) -> {
                value(g, new Timeline.Entry(e.id, e.occurredAt, e.kind, e.summary, e.params, e.refType, e.refId, e.source,
                        e.familyId, family.owningOrganization));
                entries[0]++;
            }));
            int[] reads = {0};
            write(zip, "pristupy.json", g -> pages(zip, last -> audit.about(id, last == null ? null : last.occurredAt,
                    last == null ? null : last.id, pageSize), (AuditEntry a) -> {
                value(g, RecordLifecycleService.AccessLogEntry.of(a));
                reads[0]++;
            }));
            summary.h2("Další části");
            summary.facts("Záznamy časové osy", String.valueOf(entries[0]),
                    "Kdo a kdy s vaším spisem pracoval (záznamy)", String.valueOf(reads[0]));
            summary.muted("Soubory: " + String.join(", ", PARTS) + ".");
            try (OutputStream pdf = zip.part("prehled.pdf")) {
                Pdf.render(summary, pdf);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return zip.response("opora-kopie-" + id + ".zip");
        }
    }

    /** A plan as exported: its current content and every earlier revision as it was. */
    public record ExportedPlan(PlanView plan, List<Revision> revisions) {
        public record Revision(int revision, java.time.Instant replacedAt, com.fasterxml.jackson.databind.JsonNode plan) {
        }
    }

    private interface Body {
        void write(JsonGenerator generator) throws IOException;
    }

    /** One JSON part: an array of what {@code body} writes (a single object for the case file). */
    private void write(BoundedZip zip, String name, Body body) {
        try (JsonGenerator generator = json.getFactory().createGenerator(zip.part(name))) {
            generator.useDefaultPrettyPrinter();
            boolean array = !"rodina.json".equals(name);
            if (array) {
                generator.writeStartArray();
            }
            body.write(generator);
            if (array) {
                generator.writeEndArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keyset pages until a short one; the persistence context is cleared after each (nothing piles up). */
    private <T> void pages(BoundedZip zip, Function<T, List<T>> next, Consumer<T> each) {
        T last = null;
        while (true) {
            zip.checkTime();
            List<T> rows = next.apply(last);
            rows.forEach(each);
            if (rows.size() < limits.pageSize()) {
                return;
            }
            last = rows.get(rows.size() - 1);
            em.flush();
            em.clear();
        }
    }

    private void value(JsonGenerator generator, Object value) {
        try {
            json.writeValue(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String content) {
        try {
            return json.readTree(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
