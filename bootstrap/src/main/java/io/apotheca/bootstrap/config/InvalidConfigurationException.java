package io.apotheca.bootstrap.config;

import java.util.List;

/** The environment does not describe a pharmacy that can start; each problem names its variable. */
public final class InvalidConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public InvalidConfigurationException(List<String> problems) {
        super(String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** One sentence per problem, each starting with the variable's name. */
    public List<String> problems() {
        return problems;
    }
}
