package dev.carerecord.sdk.sandbox.data;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's synthetic world: practices, consumer systems and patients' demographics. Every name, address
 * and number here is invented; telephone numbers use the Ofcom drama range (01632 960xxx) and postcodes the
 * non-existent XY area. NHS numbers are in the 999 test range and valid by Modulus 11.
 */
public final class Catalogue {
    public static final String RICH = "9990000018";
    public static final String MINIMAL = "9990000026";
    public static final String RESTRICTED = "9990000034";
    public static final String DECEASED = "9990000042";
    public static final String WARNINGS = "9990000050";
    public static final String UNKNOWN = "9990000069";
    public static final String SUPERSEDED = "9990000077";
    public static final String DISSENT = "9990000085";

    public static final String PRACTICE_A = "Y90001";
    public static final String PRACTICE_B = "Y90002";

    private static final Address FERNSBY_HOME =
            new Address(List.of("12 Quarry Bank Lane", "Eastwick"), "Millbridge", "Westshire", "XY1 4QB");

    private static final List<Practice> PRACTICES = List.of(
            new Practice(PRACTICE_A, "Riverside Surgery", "900000000101", "Y90001-900101",
                    new Address(List.of("1 Riverside Walk"), "Millbridge", "Westshire", "XY1 1RS"), "01632 960001",
                    List.of(new Staff("s-marsh", "900000000001", "900000000101", "Dr", "Helen", "Marsh", "female",
                                    "R0260", "General Medical Practitioner"),
                            new Staff("s-okafor", "900000000002", "900000000102", "Mr", "Samuel", "Okafor", "male",
                                    null, null)),
                    Set.of()),
            new Practice(PRACTICE_B, "Hilltop Medical Centre", "900000000102", "Y90002-900102",
                    new Address(List.of("Hilltop Road"), "Portledge", "Westshire", "XY7 5HM"), "01632 960002",
                    List.of(new Staff("s-qureshi", "900000000003", "900000000103", "Dr", "Imran", "Qureshi", "male",
                                    "R0260", "General Medical Practitioner"),
                            new Staff("s-lindqvist", "900000000004", "900000000104", "Ms", "Freya", "Lindqvist",
                                    "female", null, null)),
                    Set.of(Area.REFERRALS)));

    /** The supplier (manufacturer) ODS code of the consumer systems. */
    public static final String SUPPLIER_ODS = "Y70001";

    private static final List<ConsumerSystem> CONSUMERS = List.of(
            new ConsumerSystem("Y80001", "Westshire Social Care", "800000000201", "Y80001-800201", SUPPLIER_ODS),
            new ConsumerSystem("Y80002", "Millbridge Community Hospital", "800000000202", "Y80002-800202",
                    SUPPLIER_ODS));

    private static final List<Demographics> PATIENTS = List.of(
            new Demographics(RICH, "Mrs", List.of("Amelia", "Rose"), "Fernsby", "Holloway", "female",
                    LocalDate.of(1958, 3, 14), FERNSBY_HOME, LocalDate.of(1994, 6, 1), "01632 960101",
                    "amelia.fernsby@example.com", null, false, PRACTICE_A, LocalDate.of(1994, 6, 1), 3),
            new Demographics(MINIMAL, "Mr", List.of("Thomas"), "Quillan", null, "male", LocalDate.of(1990, 7, 21),
                    new Address(List.of("Flat 3", "41 Harbour Road"), "Portledge", "Westshire", "XY7 2DN"),
                    LocalDate.of(2019, 2, 1), "01632 960102", null, null, false, PRACTICE_B,
                    LocalDate.of(2019, 2, 11), 1),
            new Demographics(RESTRICTED, "Ms", List.of("Rosa"), "Delacombe", null, "female",
                    LocalDate.of(1985, 11, 30),
                    new Address(List.of("Withheld House"), "Millbridge", "Westshire", "XY1 9ZZ"),
                    LocalDate.of(2021, 5, 1), "01632 960103", null, null, true, PRACTICE_A,
                    LocalDate.of(2021, 5, 3), 2),
            new Demographics(DECEASED, "Mr", List.of("Arthur", "James"), "Penwarden", null, "male",
                    LocalDate.of(1931, 4, 9),
                    new Address(List.of("The Old Forge", "Mill Lane"), "Eastwick", "Westshire", "XY2 3FG"),
                    LocalDate.of(1970, 1, 1), "01632 960104", null, LocalDateTime.of(2024, 11, 3, 14, 20), false,
                    PRACTICE_A, LocalDate.of(1970, 1, 1), 5),
            new Demographics(WARNINGS, "Dr", List.of("Priya"), "Castellan", "Nair", "female",
                    LocalDate.of(1972, 5, 17),
                    new Address(List.of("7 Orchard Close"), "Portledge", "Westshire", "XY7 4QC"),
                    LocalDate.of(2025, 1, 6), "01632 960105", "priya.castellan@example.com", null, false, PRACTICE_B,
                    LocalDate.of(2025, 1, 6), 4),
            new Demographics(DISSENT, "Mr", List.of("George"), "Fernsby", null, "male", LocalDate.of(1956, 9, 2),
                    FERNSBY_HOME, LocalDate.of(1994, 6, 1), "01632 960106", null, null, false, PRACTICE_A,
                    LocalDate.of(1994, 6, 1), 2));

    /** Old number -> the number of the record that replaced it. */
    private static final Map<String, String> SUPERSEDED_BY = Map.of(SUPERSEDED, MINIMAL);

    private Catalogue() {
    }

    public static List<Practice> practices() {
        return PRACTICES;
    }

    public static Optional<Practice> practice(String ods) {
        return PRACTICES.stream().filter(p -> p.ods().equals(ods)).findFirst();
    }

    public static List<ConsumerSystem> consumers() {
        return CONSUMERS;
    }

    public static List<Demographics> patients() {
        return PATIENTS;
    }

    /** The demographics for this NHS number (not following supersession), if any. */
    public static Optional<Demographics> patient(String nhsNumber) {
        return PATIENTS.stream().filter(p -> p.nhsNumber().equals(nhsNumber)).findFirst();
    }

    /** The replacing number when {@code nhsNumber} has been superseded. */
    public static Optional<String> supersededBy(String nhsNumber) {
        return Optional.ofNullable(SUPERSEDED_BY.get(nhsNumber));
    }
}
