package dev.carerecord.sdk.sandbox.shcr;

import java.util.ArrayList;
import java.util.List;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DocumentReference;
import org.hl7.fhir.r4.model.Flag;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Human-readable XHTML narratives for IPS sections: one table row per entry (item, status, date). */
final class Narratives {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Narratives() {
    }

    static Narrative table(ShcrWorld world, List<Resource> entries, String footnote) {
        StringBuilder html = new StringBuilder("<div xmlns=\"" + XHTML + "\"><table><thead><tr><th>Item</th>"
                + "<th>Status</th><th>Date</th></tr></thead><tbody>");
        for (Resource r : entries) {
            html.append("<tr><td>").append(escape(what(world, r))).append("</td><td>").append(escape(status(r)))
                    .append("</td><td>").append(escape(date(r))).append("</td></tr>");
        }
        html.append("</tbody></table>");
        if (footnote != null) {
            html.append("<p>").append(escape(footnote)).append("</p>");
        }
        return narrative(html.append("</div>").toString());
    }

    static Narrative paragraph(String text) {
        return narrative("<div xmlns=\"" + XHTML + "\"><p>" + escape(text) + "</p></div>");
    }

    private static Narrative narrative(String div) {
        Narrative n = new Narrative().setStatus(Narrative.NarrativeStatus.GENERATED);
        n.setDivAsString(div);
        return n;
    }

    /** The first code of the resource's main concept (for per-code limits); the text when it has no code. */
    static String primaryCode(Resource r) {
        CodeableConcept c = r instanceof Observation o ? o.getCode()
                : r instanceof DiagnosticReport d ? d.getCode() : null;
        if (c == null) {
            return r.getIdElement().getIdPart();
        }
        return c.hasCoding() ? c.getCodingFirstRep().getSystem() + "|" + c.getCodingFirstRep().getCode() : c.getText();
    }

    static String display(CodeableConcept c) {
        if (c == null) {
            return "";
        }
        if (c.hasText()) {
            return c.getText();
        }
        return c.getCoding().stream().filter(x -> x.hasDisplay()).map(x -> x.getDisplay()).findFirst()
                .orElse(c.getCodingFirstRep().getCode() == null ? "" : c.getCodingFirstRep().getCode());
    }

    private static String what(ShcrWorld world, Resource r) {
        if (r instanceof AllergyIntolerance a) {
            return display(a.getCode());
        } else if (r instanceof Condition c) {
            return display(c.getCode());
        } else if (r instanceof MedicationStatement m) {
            return medication(world, m.getMedicationReference()) + dose(m.getDosageFirstRep().getText());
        } else if (r instanceof MedicationRequest m) {
            return medication(world, m.getMedicationReference()) + dose(m.getDosageInstructionFirstRep().getText());
        } else if (r instanceof Immunization i) {
            String vaccine = display(i.getVaccineCode());
            return vaccine.equals("unknown") || vaccine.equals("UNK")
                    ? i.getExtension().stream().filter(e -> e.getValue() instanceof CodeableConcept)
                            .map(e -> display((CodeableConcept) e.getValue())).findFirst().orElse(vaccine)
                    : vaccine;
        } else if (r instanceof DiagnosticReport d) {
            List<String> values = new ArrayList<>();
            for (Reference ref : d.getResult()) {
                Resource result = world.get(ref.getReference());
                if (result instanceof Observation o) {
                    if (o.hasHasMember()) {
                        o.getHasMember().forEach(m -> values.add(observation(world.get(m.getReference()))));
                    } else {
                        values.add(observation(o));
                    }
                }
            }
            return display(d.getCode()) + (values.isEmpty() ? "" : ": " + String.join("; ", values));
        } else if (r instanceof Observation o) {
            return observation(o);
        } else if (r instanceof Procedure p) {
            return display(p.getCode());
        } else if (r instanceof DeviceUseStatement d) {
            Resource device = world.get(d.getDevice().getReference());
            return device instanceof org.hl7.fhir.r4.model.Device dev ? display(dev.getType()) : "Device";
        } else if (r instanceof Consent c) {
            return display(c.getCategoryFirstRep()) + ": " + display(c.getProvision().getCodeFirstRep()) + " ("
                    + c.getProvision().getType().getDisplay().toLowerCase(java.util.Locale.ROOT) + ")";
        } else if (r instanceof Flag f) {
            return display(f.getCode());
        } else if (r instanceof CarePlan c) {
            return c.getTitle();
        } else if (r instanceof DocumentReference d) {
            return d.getDescription();
        }
        return r.fhirType();
    }

    private static String observation(Resource r) {
        if (!(r instanceof Observation o)) {
            return "";
        }
        StringBuilder s = new StringBuilder(display(o.getCode()));
        if (o.getValue() instanceof Quantity q) {
            s.append(" ").append(q.getValue().toPlainString()).append(" ").append(q.getUnit());
        }
        for (Observation.ObservationComponentComponent c : o.getComponent()) {
            if (c.getValue() instanceof Quantity q) {
                s.append(" ").append(display(c.getCode())).append(" ").append(q.getValue().toPlainString())
                        .append(" ").append(q.getUnit());
            }
        }
        if (o.hasInterpretation()) {
            s.append(" (").append(o.getInterpretationFirstRep().getCodingFirstRep().getCode()).append(")");
        }
        return s.toString();
    }

    private static String medication(ShcrWorld world, Reference medication) {
        Resource m = world.get(medication.getReference());
        return m instanceof Medication med ? display(med.getCode()) : "Medication";
    }

    private static String dose(String text) {
        return text == null ? "" : " (" + text + ")";
    }

    private static String status(Resource r) {
        for (String name : List.of("clinicalStatus", "status")) {
            if (r.getNamedProperty(name) == null) {
                continue;
            }
            for (Base value : r.getNamedProperty(name).getValues()) {
                if (value instanceof CodeableConcept c) {
                    return c.getCodingFirstRep().getCode();
                }
                if (value.isPrimitive()) {
                    return value.primitiveValue();
                }
            }
        }
        return "";
    }

    private static String date(Resource r) {
        ResourceType type = ResourceTypes.type(r.fhirType()).orElse(null);
        if (type == null) {
            return "";
        }
        for (SearchParam p : type.params()) {
            if (p.kind() == SearchParam.Kind.DATE && !p.name().startsWith("_") && !p.dates(r).isEmpty()) {
                return dateText(r, p.name());
            }
        }
        return "";
    }

    private static String dateText(Resource r, String param) {
        DateRange range = ResourceTypes.type(r.fhirType()).orElseThrow().param(param).orElseThrow().dates(r).get(0);
        if (range.low() == Long.MIN_VALUE) {
            return "";
        }
        return java.time.Instant.ofEpochMilli(range.low()).atZone(R4.UK).toLocalDate().toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
