package io.apotheca.application.identity.port.out;

/**
 * Passwords attackers try first: those most used and most often found in breaches. NIST SP 800-63B
 * asks that none of them be accepted as a new password, however long.
 */
public interface CommonPasswords {

    /**
     * Whether the password is one of them, ignoring letter case, or one of them followed only by
     * digits and punctuation ({@code password1234}, {@code sunshine2024!}).
     */
    boolean isCommon(String password);
}
