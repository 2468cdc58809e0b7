package dev.carerecord.sdk.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carerecord.sdk.core.exception.InvalidInputException;
import dev.carerecord.sdk.core.ids.Asid;
import dev.carerecord.sdk.core.ids.OdsCode;
import dev.carerecord.sdk.core.ids.SdsRoleProfileId;
import dev.carerecord.sdk.core.ids.SdsUserId;
import org.junit.jupiter.api.Test;

class RequesterContextTest {
    private static RequesterContext.Builder full() {
        return RequesterContext.builder().sdsUserId(SdsUserId.of("111222333444"))
                .sdsRoleProfileId(SdsRoleProfileId.of("555666777888"))
                .familyName("Featherstonehaugh").givenNames("Imogen", " ", "Rose").namePrefixes("Dr")
                .localUser("u-1", "https://consumer.example/users").practitionerId("prac-1")
                .organisation(OdsCode.of("a81001")).organisationName("Riverside Surgery")
                .sessionId("s-123").consumerAsid(Asid.of("918999198738"));
    }

    @Test
    void build_keepsEveryValue() {
        RequesterContext r = full().build();

        assertThat(r.sdsUserId().value()).isEqualTo("111222333444");
        assertThat(r.sdsRoleProfileId().value()).isEqualTo("555666777888");
        assertThat(r.familyName()).contains("Featherstonehaugh");
        assertThat(r.givenNames()).containsExactly("Imogen", "Rose");
        assertThat(r.namePrefixes()).containsExactly("Dr");
        assertThat(r.localUserId()).contains("u-1");
        assertThat(r.localUserIdSystem()).contains("https://consumer.example/users");
        assertThat(r.practitionerId()).contains("prac-1");
        assertThat(r.organisation().value()).isEqualTo("A81001");
        assertThat(r.organisationName()).contains("Riverside Surgery");
        assertThat(r.purposeOfUse()).isEqualTo(PurposeOfUse.DIRECT_CARE);
        assertThat(r.sessionId()).contains("s-123");
        assertThat(r.consumerAsid()).contains(Asid.of("918999198738"));
        assertThat(r.toBuilder().build()).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Test
    void defaults_areUnknownRoleAndDirectCare() {
        RequesterContext r = RequesterContext.builder().sdsUserId(SdsUserId.UNKNOWN).organisation(OdsCode.of("X26"))
                .build();

        assertThat(r.sdsRoleProfileId()).isEqualTo(SdsRoleProfileId.UNKNOWN);
        assertThat(r.purposeOfUse().value()).isEqualTo("directcare");
        assertThat(r.givenNames()).isEmpty();
        assertThat(r.sessionId()).isEmpty();
    }

    @Test
    void missingUserOrOrganisation_isATypedError() {
        assertThatThrownBy(() -> RequesterContext.builder().organisation(OdsCode.of("X26")).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("requester.sdsUserId"));
        assertThatThrownBy(() -> RequesterContext.builder().sdsUserId(SdsUserId.UNKNOWN).build())
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.field()).isEqualTo("requester.organisation"));
        assertThatThrownBy(() -> full().localUser("u-1", null).build()).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> full().localUser("u-1", "not a uri").build())
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void toString_printsNoNamesAndNoSessionId() {
        String text = full().build().toString();

        assertThat(text).doesNotContain("Featherstonehaugh").doesNotContain("Imogen").doesNotContain("Rose")
                .doesNotContain("Riverside").doesNotContain("s-123").contains("111222333444").contains("A81001");
    }

    @Test
    void purposeOfUse_isAnExpandableLowerCaseValue() {
        assertThat(PurposeOfUse.of(" DirectCare ")).isSameAs(PurposeOfUse.DIRECT_CARE);
        assertThat(PurposeOfUse.of("Migration")).isEqualTo(PurposeOfUse.of("migration"));
        assertThat(PurposeOfUse.of("migration").value()).isEqualTo("migration");
        assertThatThrownBy(() -> PurposeOfUse.of(" ")).isInstanceOf(InvalidInputException.class);
    }
}
