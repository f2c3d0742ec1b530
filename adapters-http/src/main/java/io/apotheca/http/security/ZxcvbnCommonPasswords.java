package io.apotheca.http.security;

import com.nulabinc.zxcvbn.StandardDictionaries;
import io.apotheca.application.identity.port.out.CommonPasswords;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 30,000 passwords most often found in breaches, as shipped in zxcvbn4j's password dictionary
 * (the list of Dropbox's zxcvbn), read once into memory (about 2 MB).
 */
final class ZxcvbnCommonPasswords implements CommonPasswords {

    /** Digits and punctuation tacked on to a common password to pass a length rule. */
    private static final Pattern TRAILING_DECORATION = Pattern.compile("[\\p{Digit}\\p{Punct}\\s]+$");

    private final Set<String> passwords;

    private ZxcvbnCommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    /** Reads the list from the zxcvbn4j jar. */
    static ZxcvbnCommonPasswords load() {
        try {
            return new ZxcvbnCommonPasswords(Set.copyOf(StandardDictionaries.PASSWORDS_LOADER
                    .load()
                    .getRankedDictionary()
                    .keySet()));
        } catch (IOException e) {
            throw new UncheckedIOException("the common-password list could not be read", e);
        }
    }

    @Override
    public boolean isCommon(String password) {
        String lower = password.strip().toLowerCase(Locale.ROOT);
        String stem = TRAILING_DECORATION.matcher(lower).replaceFirst("");
        return passwords.contains(lower) || !stem.isEmpty() && passwords.contains(stem);
    }
}
