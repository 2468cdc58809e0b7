package dev.carerecord.sdk.fhir.internal.mapping;

import dev.carerecord.sdk.fhir.pds.PdsPatient;
import dev.carerecord.sdk.fhir.pds.GpRegistration;
import dev.carerecord.sdk.core.ids.NhsNumber;
import dev.carerecord.sdk.model.PatientDemographics;
import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Identifier;
import dev.carerecord.sdk.model.value.PartialDateTime;
import dev.carerecord.sdk.model.value.Period;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * Maps a PDS Patient (read or search result) into a {@link PdsPatient}. "Today", for deciding whether a GP
 * registration is current, is the clock's date in Europe/London. Thread-safe.
 */
public final class PdsPatientMapper {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Clock clock;

    /** A mapper on the system clock. */
    public PdsPatientMapper() {
        this(Clock.system(LONDON));
    }

    /** A mapper on a given clock (tests, replays). */
    public PdsPatientMapper(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Maps a Patient.
     *
     * @param patient the Patient PDS returned
     * @param requestedNhsNumber the NHS number that was read (spaces allowed), or null for a search result
     * @param context the retrieval
     */
    public PdsPatient map(Patient patient, String requestedNhsNumber, R4MappingContext context) {
        Objects.requireNonNull(patient, "patient");
        Objects.requireNonNull(context, "context");
        MappingSession session = new MappingSession(context, ReferenceResolver.of(List.of(patient)));
        PatientDemographics demographics = PatientDemographicsMapper.map(patient, session);
        String id = Optional.ofNullable(ReferenceResolver.idOf(patient))
                .or(() -> demographics.nhsNumber().map(NhsNumber::value)).orElse("");
        boolean superseded = requestedNhsNumber != null && !id.isEmpty()
                && !compact(requestedNhsNumber).equals(compact(id));
        Optional<NhsNumber> newNumber = superseded && NhsNumber.isValid(id) ? Optional.of(NhsNumber.parse(id))
                : Optional.empty();
        List<GpRegistration> registrations = registrations(patient);
        Optional<Extension> death = Extensions.find(patient, UkExtension.DEATH_NOTIFICATION_STATUS);
        Optional<CodedValue> deathStatus = death.flatMap(e -> Extensions.sub(e, "deathNotificationStatus"))
                .flatMap(Extensions::coded);
        Optional<PartialDateTime> deathDate = death.flatMap(e -> Extensions.sub(e, "systemEffectiveDate"))
                .flatMap(Extensions::date);
        return new PdsPatient(id, demographics, demographics.isRestricted(), superseded, newNumber,
                registrations.stream().filter(GpRegistration::current).map(GpRegistration::odsCode).findFirst(),
                registrations, deathStatus, deathDate);
    }

    private List<GpRegistration> registrations(Patient patient) {
        LocalDate today = LocalDate.now(clock.withZone(LONDON));
        List<GpRegistration> registrations = new ArrayList<>();
        for (Reference gp : patient.getGeneralPractitioner()) {
            Optional<String> ods = R4Types.identifier(gp.getIdentifier()).map(Identifier::value);
            if (ods.isEmpty() && gp.getResource() instanceof Organization organization) {
                ods = ActorResolver.odsCode(R4Types.identifiers(organization.getIdentifier()));
            }
            if (ods.isEmpty()) {
                continue;
            }
            Optional<Period> period = gp.getIdentifier().hasPeriod()
                    ? R4Types.period(gp.getIdentifier().getPeriod()) : Optional.empty();
            boolean current = period.flatMap(Period::end).map(end -> !lastDay(end).isBefore(today)).orElse(true);
            registrations.add(new GpRegistration(ods.get(), period, current));
        }
        return registrations;
    }

    /** The last London calendar day a date or date-time covers (a year's 31 December, a month's last day). */
    private static LocalDate lastDay(PartialDateTime end) {
        return switch (end.precision()) {
            case YEAR -> LocalDate.of(end.year(), 12, 31);
            case MONTH -> java.time.YearMonth.parse(end.value()).atEndOfMonth();
            case DAY -> end.toLocalDate().orElseThrow();
            case TIME -> end.toInstant().map(i -> i.atZone(LONDON).toLocalDate())
                    .orElseGet(() -> LocalDate.parse(end.value().substring(0, 10)));
        };
    }

    private static String compact(String nhsNumber) {
        return nhsNumber.replaceAll("[\\s-]", "");
    }
}
