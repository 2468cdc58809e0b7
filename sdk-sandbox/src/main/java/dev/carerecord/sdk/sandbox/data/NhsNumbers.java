package dev.carerecord.sdk.sandbox.data;

/**
 * NHS number validation by the Modulus 11 rule of the NHS Data Dictionary. The sandbox keeps its own copy on
 * purpose: it must not depend on the SDK it tests.
 */
public final class NhsNumbers {
    private NhsNumbers() {
    }

    /** Whether {@code value} is ten digits whose tenth is the Modulus 11 check digit of the first nine. */
    public static boolean isValid(String value) {
        if (value == null || value.length() != 10) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 9) {
                sum += (c - '0') * (10 - i);
            }
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == value.charAt(9) - '0';
    }
}
