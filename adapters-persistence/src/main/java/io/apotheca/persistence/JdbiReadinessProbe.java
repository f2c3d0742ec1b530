package io.apotheca.persistence;

import io.apotheca.application.health.port.out.ReadinessProbe;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The database is up when it answers {@code SELECT 1} within two seconds. */
final class JdbiReadinessProbe implements ReadinessProbe {

    private static final Logger LOG = LoggerFactory.getLogger(JdbiReadinessProbe.class);
    private static final int QUERY_TIMEOUT_SECONDS = 2;

    private final Jdbi jdbi;

    JdbiReadinessProbe(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean answers() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1")
                            .setQueryTimeout(QUERY_TIMEOUT_SECONDS)
                            .mapTo(Integer.class)
                            .one())
                    == 1;
        } catch (RuntimeException e) {
            LOG.warn("database does not answer: {}", e.getMessage());
            return false;
        }
    }
}
