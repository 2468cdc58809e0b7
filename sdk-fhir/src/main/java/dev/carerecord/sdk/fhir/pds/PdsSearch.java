package dev.carerecord.sdk.fhir.pds;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.ids.OdsCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The parameters of a PDS patient search ({@code GET /Patient?...}), checked against the PDS rules before
 * anything is sent: names and postcode at most 35 characters; a wildcard {@code *} only after the first two
 * characters, never in a fuzzy search, never in email or phone; a non-fuzzy search needs family name and birth
 * date; a fuzzy search needs given + family + birth date, or family + birth date + gender + postcode, or given +
 * birth date + gender + postcode; {@code _max-results} 1 to 50. (An application-restricted client further
 * requires {@code _max-results} 1; see {@link PdsClient.Builder#applicationRestricted(boolean)}.) Immutable;
 * build with {@link #builder()}. {@link #toString()} shows which parameters are set, never their values.
 *
 * <pre>{@code
 * PdsSearch search = PdsSearch.builder().family("Fern*").given("Ame*").birthDate(LocalDate.of(1958, 3, 14))
 *     .postalCode("WS1*").history(true).build();
 * }</pre>
 */
public final class PdsSearch {
    private static final int MAX_TEXT = 35;

    /** A date bound: {@code eq}, {@code ge} or {@code le} and the day. */
    record DateBound(String prefix, LocalDate date) {
        String parameter() {
            return prefix + date;
        }
    }

    private final Optional<String> family;
    private final List<String> given;
    private final Optional<PdsGender> gender;
    private final List<DateBound> birthDate;
    private final List<DateBound> deathDate;
    private final Optional<String> postalCode;
    private final Optional<OdsCode> generalPractitioner;
    private final Optional<String> email;
    private final Optional<String> phone;
    private final boolean fuzzyMatch;
    private final boolean exactMatch;
    private final boolean history;
    private final Optional<Integer> maxResults;

    private PdsSearch(Builder b) {
        this.family = Optional.ofNullable(b.family);
        this.given = List.copyOf(b.given);
        this.gender = Optional.ofNullable(b.gender);
        this.birthDate = List.copyOf(b.birthDate);
        this.deathDate = List.copyOf(b.deathDate);
        this.postalCode = Optional.ofNullable(b.postalCode);
        this.generalPractitioner = Optional.ofNullable(b.generalPractitioner);
        this.email = Optional.ofNullable(b.email);
        this.phone = Optional.ofNullable(b.phone);
        this.fuzzyMatch = b.fuzzyMatch;
        this.exactMatch = b.exactMatch;
        this.history = b.history;
        this.maxResults = Optional.ofNullable(b.maxResults);
    }

    /** A builder with nothing set. */
    public static Builder builder() {
        return new Builder();
    }

    public Optional<String> family() {
        return family;
    }

    public List<String> given() {
        return given;
    }

    public Optional<PdsGender> gender() {
        return gender;
    }

    public Optional<String> postalCode() {
        return postalCode;
    }

    public Optional<OdsCode> generalPractitioner() {
        return generalPractitioner;
    }

    public Optional<String> email() {
        return email;
    }

    public Optional<String> phone() {
        return phone;
    }

    public boolean fuzzyMatch() {
        return fuzzyMatch;
    }

    public boolean exactMatch() {
        return exactMatch;
    }

    public boolean history() {
        return history;
    }

    /** {@code _max-results} as set; empty when left to the client (see {@link PdsClient}). */
    public Optional<Integer> maxResults() {
        return maxResults;
    }

    /** The birth date bounds as PDS parameter values ({@code eq2010-10-22}, {@code ge...}, {@code le...}). */
    public List<String> birthDateParameters() {
        return birthDate.stream().map(DateBound::parameter).toList();
    }

    /** The death date bounds as PDS parameter values. */
    public List<String> deathDateParameters() {
        return deathDate.stream().map(DateBound::parameter).toList();
    }

    /** Which parameters are set, without values (they are patient data). */
    @Override
    public String toString() {
        List<String> set = new ArrayList<>();
        family.ifPresent(v -> set.add("family"));
        given.forEach(v -> set.add("given"));
        gender.ifPresent(v -> set.add("gender"));
        birthDate.forEach(v -> set.add("birthdate"));
        deathDate.forEach(v -> set.add("death-date"));
        postalCode.ifPresent(v -> set.add("address-postalcode"));
        generalPractitioner.ifPresent(v -> set.add("general-practitioner"));
        email.ifPresent(v -> set.add("email"));
        phone.ifPresent(v -> set.add("phone"));
        if (fuzzyMatch) {
            set.add("_fuzzy-match");
        }
        if (exactMatch) {
            set.add("_exact-match");
        }
        if (history) {
            set.add("_history");
        }
        maxResults.ifPresent(v -> set.add("_max-results=" + v));
        return "PdsSearch" + set;
    }

    /** Collects a {@link PdsSearch}; {@link #build()} checks the PDS rules. Not thread-safe. */
    public static final class Builder {
        private String family;
        private final List<String> given = new ArrayList<>();
        private PdsGender gender;
        private final List<DateBound> birthDate = new ArrayList<>();
        private final List<DateBound> deathDate = new ArrayList<>();
        private String postalCode;
        private OdsCode generalPractitioner;
        private String email;
        private String phone;
        private boolean fuzzyMatch;
        private boolean exactMatch;
        private boolean history;
        private Integer maxResults;

        private Builder() {
        }

        /** The family name (a trailing {@code *} after two characters is a wildcard). */
        public Builder family(String value) {
            this.family = text(value, "family");
            return this;
        }

        /** Adds a given name; repeat for several (a compound name such as {@code "John Paul"} is one value). */
        public Builder given(String value) {
            given.add(text(value, "given"));
            return this;
        }

        public Builder gender(PdsGender value) {
            this.gender = Objects.requireNonNull(value, "gender");
            return this;
        }

        /** Born on this day ({@code birthdate=eq...}). */
        public Builder birthDate(LocalDate value) {
            birthDate.add(new DateBound("eq", Objects.requireNonNull(value, "birthDate")));
            return this;
        }

        /** Born on or after this day ({@code birthdate=ge...}); with {@link #birthDateTo} a range. */
        public Builder birthDateFrom(LocalDate value) {
            birthDate.add(new DateBound("ge", Objects.requireNonNull(value, "birthDateFrom")));
            return this;
        }

        /** Born on or before this day ({@code birthdate=le...}). */
        public Builder birthDateTo(LocalDate value) {
            birthDate.add(new DateBound("le", Objects.requireNonNull(value, "birthDateTo")));
            return this;
        }

        /** Died on this day ({@code death-date=eq...}). */
        public Builder deathDate(LocalDate value) {
            deathDate.add(new DateBound("eq", Objects.requireNonNull(value, "deathDate")));
            return this;
        }

        /** Died on or after this day. */
        public Builder deathDateFrom(LocalDate value) {
            deathDate.add(new DateBound("ge", Objects.requireNonNull(value, "deathDateFrom")));
            return this;
        }

        /** Died on or before this day. */
        public Builder deathDateTo(LocalDate value) {
            deathDate.add(new DateBound("le", Objects.requireNonNull(value, "deathDateTo")));
            return this;
        }

        /** The postcode ({@code address-postalcode}; wildcards allowed after two characters). */
        public Builder postalCode(String value) {
            this.postalCode = text(value, "postalCode");
            return this;
        }

        /** The registered GP practice's ODS code (exact). */
        public Builder generalPractitioner(OdsCode value) {
            this.generalPractitioner = Objects.requireNonNull(value, "generalPractitioner");
            return this;
        }

        /** The email address (exact match only). */
        public Builder email(String value) {
            this.email = text(value, "email");
            return this;
        }

        /** The phone number (exact match only). */
        public Builder phone(String value) {
            this.phone = text(value, "phone");
            return this;
        }

        /** A fuzzy (phonetic, transposition-tolerant) search; no wildcards then. */
        public Builder fuzzyMatch(boolean value) {
            this.fuzzyMatch = value;
            return this;
        }

        /** Only matches scoring 1.0. */
        public Builder exactMatch(boolean value) {
            this.exactMatch = value;
            return this;
        }

        /** Also match historic names, addresses and other details. */
        public Builder history(boolean value) {
            this.history = value;
            return this;
        }

        /** {@code _max-results}, 1 to 50. */
        public Builder maxResults(int value) {
            this.maxResults = value;
            return this;
        }

        /**
         * The search.
         *
         * @throws InvalidInputException naming the parameter and the rule broken, when the search breaks a PDS
         *     rule (nothing is sent)
         */
        public PdsSearch build() {
            List<String[]> named = new ArrayList<>();
            if (family != null) {
                named.add(new String[] {"family", family});
            }
            given.forEach(g -> named.add(new String[] {"given", g}));
            if (postalCode != null) {
                named.add(new String[] {"postalCode", postalCode});
            }
            for (String[] field : named) {
                if (field[1].length() > MAX_TEXT) {
                    throw new InvalidInputException(field[0], "must be at most " + MAX_TEXT + " characters");
                }
                int star = field[1].indexOf('*');
                if (star >= 0 && fuzzyMatch) {
                    throw new InvalidInputException(field[0], "wildcards cannot be used in a fuzzy search");
                }
                if (star >= 0 && star < 2) {
                    throw new InvalidInputException(field[0],
                            "a wildcard must follow at least two characters");
                }
            }
            if ((email != null && email.contains("*")) || (phone != null && phone.contains("*"))) {
                throw new InvalidInputException(email != null && email.contains("*") ? "email" : "phone",
                        "is matched exactly: wildcards are not allowed");
            }
            if (maxResults != null && (maxResults < 1 || maxResults > 50)) {
                throw new InvalidInputException("maxResults", "must be 1 to 50");
            }
            boolean hasFamily = family != null;
            boolean hasGiven = !given.isEmpty();
            boolean hasBirth = !birthDate.isEmpty();
            boolean hasGender = gender != null;
            boolean hasPostcode = postalCode != null;
            if (fuzzyMatch) {
                boolean enough = (hasGiven && hasFamily && hasBirth)
                        || (hasFamily && hasBirth && hasGender && hasPostcode)
                        || (hasGiven && hasBirth && hasGender && hasPostcode);
                if (!enough) {
                    throw new InvalidInputException("search", "a fuzzy search needs given name, family name and "
                            + "birth date; or family name, birth date, gender and postcode; or given name, birth "
                            + "date, gender and postcode");
                }
            } else if (!(hasFamily && hasBirth)) {
                throw new InvalidInputException("search", "a search needs at least family name and birth date");
            }
            return new PdsSearch(this);
        }

        private static String text(String value, String field) {
            if (value == null || value.isBlank()) {
                throw new InvalidInputException(field, "is blank");
            }
            return value.strip();
        }
    }
}
