package dev.carerecord.sdk.gpconnect.internal.mapping;

import dev.carerecord.sdk.model.value.CodedValue;
import dev.carerecord.sdk.model.value.Coding;
import java.util.Set;

/**
 * The SNOMED CT code lists the mapper decides by. Every list is small, explicit and documented here; a code not
 * listed simply takes the default path (e.g. an observation that is not a known vital sign stays an observation).
 */
final class ClinicalCodes {
    /** List code of a consultation (its title is the consultation type). */
    static final String CONSULTATION_LIST = "325851000000107";
    /** List code of a topic within a consultation. */
    static final String TOPIC_LIST = "25851000000105";
    /** List code of a heading (category) within a topic: History, Examination, Plan... */
    static final String HEADING_LIST = "24781000000107";
    /** "Comment note": free text; within a DiagnosticReport, the filing comment. */
    static final String COMMENT_NOTE = "37331000000100";
    /**
     * Legacy primary List code "Referral details" used by the referrals example in place of the 1.6.x code
     * 792931000000107 "Outbound referral"; read as the referrals list.
     */
    static final String LEGACY_REFERRALS_LIST = "886721000000107";

    /**
     * Vital signs, by SNOMED CT concept: blood pressure (75367002 blood pressure, 163020007 O/E blood pressure
     * reading, 386534000 arterial blood pressure, 163033001 lying, 163034007 standing, 163035008 sitting blood
     * pressure, 271649006 systolic, 271650006 diastolic, 72313002 systolic arterial pressure, 1091811000000102
     * diastolic arterial pressure, 163030003 O/E systolic, 163031004 O/E diastolic); body weight (27113001,
     * 162763007 O/E weight, 363808001 measured body weight); body height (50373000, 162755006 O/E height,
     * 248333004 standing height, 1153637007 body height); body mass index (60621009); pulse and heart rate
     * (78564009 pulse rate, 364075005 heart rate, 8499008 pulse, 162986007 O/E pulse rate); body temperature
     * (386725007, 703421000 temperature, 276885007 core, 415945006 oral, 415974002 tympanic, 415882003 axillary);
     * respiratory rate (86290005); oxygen saturation (431314004 SpO2, 103228002 haemoglobin saturation with
     * oxygen, 1097811000000106 arterial oxygen saturation breathing room air at rest).
     */
    static final Set<String> VITAL_SIGNS = Set.of(
            "75367002", "163020007", "386534000", "163033001", "163034007", "163035008", "271649006", "271650006",
            "72313002", "1091811000000102", "163030003", "163031004",
            "27113001", "162763007", "363808001",
            "50373000", "162755006", "248333004", "1153637007",
            "60621009",
            "78564009", "364075005", "8499008", "162986007",
            "386725007", "703421000", "276885007", "415945006", "415974002", "415882003",
            "86290005",
            "431314004", "103228002", "1097811000000106");

    /**
     * "No known allergy" assertions: 716186003 no known allergy and its children 409137002 no known drug
     * allergy, 429625007 no known food allergy, 428607008 no known environmental allergy, 428197003 no known
     * insect allergy, 716184000 no known latex allergy; plus 160244002 "no known allergies", the concept older
     * GP records (Read 1151.) carry.
     */
    static final Set<String> NO_KNOWN_ALLERGY = Set.of(
            "716186003", "409137002", "429625007", "428607008", "428197003", "716184000", "160244002");

    private ClinicalCodes() {
    }

    /** True when any SNOMED CT coding of the value has one of these codes. */
    static boolean hasSnomed(CodedValue value, Set<String> codes) {
        for (Coding coding : value.codings()) {
            if (coding.isSnomed() && coding.code().filter(codes::contains).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** True when any SNOMED CT coding of the value has this code. */
    static boolean hasSnomed(CodedValue value, String code) {
        return hasSnomed(value, Set.of(code));
    }
}
