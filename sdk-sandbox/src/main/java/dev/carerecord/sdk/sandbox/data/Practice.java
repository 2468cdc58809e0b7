package dev.carerecord.sdk.sandbox.data;

import java.util.List;
import java.util.Set;

/**
 * A GP practice served by the sandbox: its ODS code, ASID and MHS party key, its staff, and the clinical areas
 * it has switched off for GP Connect.
 */
public record Practice(String ods, String name, String asid, String partyKey, Address address, String phone,
                       List<Staff> staff, Set<Area> disabledAreas) {
    public Practice {
        staff = List.copyOf(staff);
        disabledAreas = Set.copyOf(disabledAreas);
    }

    /** The staff member with this id, or null. */
    public Staff staff(String id) {
        return staff.stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }
}
