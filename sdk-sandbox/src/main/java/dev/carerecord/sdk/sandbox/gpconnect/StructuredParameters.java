package dev.carerecord.sdk.sandbox.gpconnect;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import dev.carerecord.sdk.sandbox.data.DateRange;
import dev.carerecord.sdk.sandbox.data.NhsNumbers;
import dev.carerecord.sdk.sandbox.fhir.FhirContexts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.hl7.fhir.dstu3.model.BooleanType;
import org.hl7.fhir.dstu3.model.CodeType;
import org.hl7.fhir.dstu3.model.DateType;
import org.hl7.fhir.dstu3.model.Identifier;
import org.hl7.fhir.dstu3.model.IntegerType;
import org.hl7.fhir.dstu3.model.Parameters;
import org.hl7.fhir.dstu3.model.Parameters.ParametersParameterComponent;
import org.hl7.fhir.dstu3.model.Period;
import org.hl7.fhir.dstu3.model.Type;

/**
 * Reads and validates the {@code Parameters} body of {@code $gpc.getstructuredrecord} against the 1.6.2 rules:
 * cardinalities, value types, whole dates not in the future ({@code diaryEntriesSearchDate} not in the past),
 * {@code start <= end}, the mandatory {@code includeResolvedAllergies}, both consultation parts (422
 * INVALID_RESOURCE) and the combinations not permitted with consultations or problems outside the predefined
 * multi-area searches (422 INVALID_PARAMETER).
 */
final class StructuredParameters {
    private static final Pattern WHOLE_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** Known parameters and their parts. */
    private static final Map<String, Set<String>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("patientNHSNumber", Set.of());
        KNOWN.put("includeAllergies", Set.of("includeResolvedAllergies"));
        KNOWN.put("includeMedication", Set.of("medicationSearchFromDate", "includePrescriptionIssues"));
        KNOWN.put("includeConsultations", Set.of("consultationSearchPeriod", "includeNumberOfMostRecent"));
        KNOWN.put("includeProblems", Set.of("filterStatus"));
        KNOWN.put("includeImmunisations", Set.of("includeNotGiven", "includeStatus"));
        KNOWN.put("includeUncategorisedData", Set.of("uncategorisedDataSearchPeriod"));
        KNOWN.put("includeInvestigations", Set.of("investigationSearchPeriod"));
        KNOWN.put("includeReferrals", Set.of("referralSearchPeriod"));
        KNOWN.put("includeDiaryEntries", Set.of("diaryEntriesSearchDate"));
    }

    /** Parts not permitted with consultations; with problems the same except filterStatus. */
    private static final List<String> NOT_WITH_CONSULTATIONS = List.of("includeMedication.medicationSearchFromDate",
            "includeUncategorisedData.uncategorisedDataSearchPeriod", "includeProblems.filterStatus",
            "includeReferrals.referralSearchPeriod", "includeDiaryEntries.diaryEntriesSearchDate",
            "includeImmunisations.includeNotGiven", "includeImmunisations.includeStatus");

    private final LocalDate today;
    private final Map<String, ParametersParameterComponent> params = new LinkedHashMap<>();
    private final Map<String, Type> parts = new HashMap<>();
    private final List<String> unrecognised = new ArrayList<>();

    private StructuredParameters(LocalDate today) {
        this.today = today;
    }

    /** Parses and validates; throws {@link GpcError} with the spec's status and Spine code. */
    static StructuredQuery parse(String body, LocalDate today) {
        return new StructuredParameters(today).read(body);
    }

    private StructuredQuery read(String body) {
        Parameters parameters = parseBody(body);
        for (ParametersParameterComponent p : parameters.getParameter()) {
            String name = p.getName();
            if (name == null || !KNOWN.containsKey(name)) {
                unrecognised.add(String.valueOf(name));
                continue;
            }
            if (params.put(name, p) != null) {
                throw GpcError.invalidParameter("Parameter " + name + " may appear only once");
            }
            readParts(name, p);
        }
        String nhsNumber = nhsNumber();
        if (params.size() == 1) {
            throw GpcError.invalidParameter("No recognised clinical area parameters were provided");
        }
        if (has("includeConsultations.consultationSearchPeriod") && has("includeConsultations.includeNumberOfMostRecent")) {
            throw GpcError.invalidResource("consultationSearchPeriod and includeNumberOfMostRecent may not both be provided");
        }
        if (params.containsKey("includeAllergies") && !has("includeAllergies.includeResolvedAllergies")) {
            throw GpcError.invalidParameter("includeAllergies requires the part includeResolvedAllergies");
        }
        checkCombinations();
        return new StructuredQuery(nhsNumber, allergies(), medication(), consultations(), problems(), immunisations(),
                period("includeUncategorisedData", "uncategorisedDataSearchPeriod"),
                period("includeInvestigations", "investigationSearchPeriod"),
                period("includeReferrals", "referralSearchPeriod"), diary(), List.copyOf(unrecognised));
    }

    private static Parameters parseBody(String body) {
        IParser parser = FhirContexts.stu3Parser().setParserErrorHandler(new LenientErrorHandler(false));
        try {
            return parser.parseResource(Parameters.class, body);
        } catch (DataFormatException | ClassCastException e) {
            throw GpcError.invalidResource("The request body is not a FHIR Parameters resource");
        }
    }

    private void readParts(String name, ParametersParameterComponent p) {
        Set<String> knownParts = KNOWN.get(name);
        for (ParametersParameterComponent part : p.getPart()) {
            String key = name + "." + part.getName();
            if (!knownParts.contains(part.getName())) {
                unrecognised.add(key);
                continue;
            }
            if (part.getValue() == null) {
                throw GpcError.invalidParameter("Part " + key + " has no value");
            }
            if (parts.put(key, part.getValue()) != null) {
                throw GpcError.invalidParameter("Part " + key + " may appear only once");
            }
        }
    }

    private String nhsNumber() {
        ParametersParameterComponent p = params.get("patientNHSNumber");
        if (p == null) {
            throw GpcError.invalidParameter("The patientNHSNumber parameter is required");
        }
        if (!(p.getValue() instanceof Identifier id) || id.getValue() == null) {
            throw GpcError.invalidParameter("patientNHSNumber must be a valueIdentifier with a value");
        }
        if (!Gpc.NHS_NUMBER.equals(id.getSystem())) {
            throw GpcError.invalidIdentifierSystem("patientNHSNumber system must be " + Gpc.NHS_NUMBER);
        }
        if (!NhsNumbers.isValid(id.getValue())) {
            throw GpcError.invalidNhsNumber("The NHS number fails the format or check digit test");
        }
        return id.getValue();
    }

    private void checkCombinations() {
        if (predefinedSearch()) {
            return;
        }
        for (String part : NOT_WITH_CONSULTATIONS) {
            if (params.containsKey("includeConsultations") && has(part)) {
                throw GpcError.invalidParameter(part + " is not permitted with includeConsultations");
            }
            if (params.containsKey("includeProblems") && has(part) && !part.equals("includeProblems.filterStatus")) {
                throw GpcError.invalidParameter(part + " is not permitted with includeProblems");
            }
        }
    }

    /**
     * Whether this is one of the predefined multi-area searches: the 3 most recent consultations, all problems,
     * allergies including resolved, medication from exactly 365 days before today (UK date), and optionally
     * immunisations and uncategorised data with no parts.
     */
    private boolean predefinedSearch() {
        Set<String> required = Set.of("patientNHSNumber", "includeConsultations", "includeProblems",
                "includeAllergies", "includeMedication");
        Set<String> optional = Set.of("includeImmunisations", "includeUncategorisedData");
        Set<String> names = new HashSet<>(params.keySet());
        if (!names.containsAll(required) || !optional.containsAll(names.stream().filter(n -> !required.contains(n)).toList())) {
            return false;
        }
        Set<String> allowedParts = Set.of("includeConsultations.includeNumberOfMostRecent",
                "includeAllergies.includeResolvedAllergies", "includeMedication.medicationSearchFromDate",
                "includeMedication.includePrescriptionIssues");
        if (!allowedParts.containsAll(parts.keySet())
                || !(parts.get("includeConsultations.includeNumberOfMostRecent") instanceof IntegerType n) || n.getValue() == null
                || n.getValue() != 3
                || !(parts.get("includeAllergies.includeResolvedAllergies") instanceof BooleanType b) || !b.booleanValue()) {
            return false;
        }
        LocalDate from = wholeDate("includeMedication.medicationSearchFromDate");
        return today.minusDays(365).equals(from);
    }

    private StructuredQuery.Allergies allergies() {
        return params.containsKey("includeAllergies")
                ? new StructuredQuery.Allergies(bool("includeAllergies.includeResolvedAllergies", false)) : null;
    }

    private StructuredQuery.Medication medication() {
        if (!params.containsKey("includeMedication")) {
            return null;
        }
        LocalDate from = wholeDate("includeMedication.medicationSearchFromDate");
        if (from != null && from.isAfter(today)) {
            throw GpcError.invalidParameter("medicationSearchFromDate must not be in the future");
        }
        return new StructuredQuery.Medication(from, bool("includeMedication.includePrescriptionIssues", true));
    }

    private StructuredQuery.Consultations consultations() {
        if (!params.containsKey("includeConsultations")) {
            return null;
        }
        Integer mostRecent = null;
        Type n = parts.get("includeConsultations.includeNumberOfMostRecent");
        if (n != null) {
            if (!(n instanceof IntegerType i) || i.getValue() == null || i.getValue() < 1) {
                throw GpcError.invalidParameter("includeNumberOfMostRecent must be a positive integer");
            }
            mostRecent = i.getValue();
        }
        return new StructuredQuery.Consultations(period("includeConsultations", "consultationSearchPeriod"), mostRecent);
    }

    private StructuredQuery.Problems problems() {
        if (!params.containsKey("includeProblems")) {
            return null;
        }
        Type status = parts.get("includeProblems.filterStatus");
        if (status == null) {
            return new StructuredQuery.Problems(null);
        }
        if (!(status instanceof CodeType code) || !("active".equals(code.getValue()) || "inactive".equals(code.getValue()))) {
            throw GpcError.invalidParameter("filterStatus must be the code active or inactive");
        }
        return new StructuredQuery.Problems(code.getValue());
    }

    private StructuredQuery.Immunisations immunisations() {
        if (!params.containsKey("includeImmunisations")) {
            return null;
        }
        return new StructuredQuery.Immunisations(bool("includeImmunisations.includeNotGiven", false),
                bool("includeImmunisations.includeStatus", true));
    }

    private StructuredQuery.Diary diary() {
        if (!params.containsKey("includeDiaryEntries")) {
            return null;
        }
        LocalDate date = wholeDate("includeDiaryEntries.diaryEntriesSearchDate");
        if (date != null && date.isBefore(today)) {
            throw GpcError.invalidParameter("diaryEntriesSearchDate must be today or later");
        }
        return new StructuredQuery.Diary(date);
    }

    /** The period part of an area (whole dates, not in the future, start <= end); ALL when absent. */
    private DateRange period(String param, String part) {
        if (!params.containsKey(param)) {
            return null;
        }
        String key = param + "." + part;
        Type value = parts.get(key);
        if (value == null) {
            return DateRange.ALL;
        }
        if (!(value instanceof Period period) || (!period.hasStart() && !period.hasEnd())) {
            throw GpcError.invalidParameter(key + " must be a valuePeriod with a start or an end");
        }
        LocalDate start = periodDate(key + ".start", period.getStartElement().getValueAsString());
        LocalDate end = periodDate(key + ".end", period.getEndElement().getValueAsString());
        if (start != null && end != null && start.isAfter(end)) {
            throw GpcError.invalidParameter(key + " start must not be after its end");
        }
        return new DateRange(start, end);
    }

    private LocalDate periodDate(String label, String text) {
        if (text == null) {
            return null;
        }
        LocalDate date = parseWholeDate(label, text);
        if (date.isAfter(today)) {
            throw GpcError.invalidParameter(label + " must not be in the future");
        }
        return date;
    }

    private LocalDate wholeDate(String key) {
        Type value = parts.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof DateType date)) {
            throw GpcError.invalidParameter(key + " must be a valueDate");
        }
        return parseWholeDate(key, date.getValueAsString());
    }

    private static LocalDate parseWholeDate(String label, String text) {
        if (text == null || !WHOLE_DATE.matcher(text).matches()) {
            throw GpcError.invalidParameter(label + " must be a whole date (yyyy-mm-dd) with no time or offset");
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw GpcError.invalidParameter(label + " is not a valid date");
        }
    }

    private boolean bool(String key, boolean fallback) {
        Type value = parts.get(key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof BooleanType b) || b.getValue() == null) {
            throw GpcError.invalidParameter(key + " must be a valueBoolean");
        }
        return b.booleanValue();
    }

    private boolean has(String key) {
        return parts.containsKey(key);
    }
}
