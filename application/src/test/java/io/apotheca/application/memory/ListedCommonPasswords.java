package io.apotheca.application.memory;

import io.apotheca.application.identity.port.out.CommonPasswords;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A handful of the passwords attackers try first, in place of zxcvbn's 30,000, judged by the same
 * rule: whatever the letter case, and with digits and punctuation tacked on.
 */
public final class ListedCommonPasswords implements CommonPasswords {

    /** The listed passwords; each is on zxcvbn's list too. */
    public static final Set<String> LISTED =
            Set.of("password", "sunshine", "iloveyou", "qwertyuiop", "letmein", "monkey", "dragon", "123456");

    private static final Pattern TRAILING_DECORATION = Pattern.compile("[\\p{Digit}\\p{Punct}\\s]+$");

    @Override
    public boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String stem = TRAILING_DECORATION.matcher(lower).replaceFirst("");
        return LISTED.contains(lower) || !stem.isEmpty() && LISTED.contains(stem);
    }
}
