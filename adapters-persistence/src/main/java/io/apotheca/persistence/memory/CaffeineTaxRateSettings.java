package io.apotheca.persistence.memory;

import io.apotheca.application.pricing.port.out.TaxRateSettings;
import io.apotheca.application.shared.port.out.ChangeBroadcast;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Change;
import io.apotheca.application.shared.port.out.ChangeBroadcast.Kind;
import io.apotheca.domain.pricing.TaxRates;
import io.apotheca.persistence.JdbiContext;
import java.time.Duration;
import java.time.Instant;

/** Today's tax rates kept in memory; replacing them is announced once committed. */
final class CaffeineTaxRateSettings implements TaxRateSettings, ChangeBroadcast.Listener {

    private static final String CURRENT = "current";

    private final TaxRateSettings stored;
    private final JdbiContext db;
    private final ChangeBroadcast broadcast;
    private final Kept<String, TaxRates> rates;

    CaffeineTaxRateSettings(TaxRateSettings stored, JdbiContext db, ChangeBroadcast broadcast) {
        this.stored = stored;
        this.db = db;
        this.broadcast = broadcast;
        this.rates = new Kept<>(broadcast, db::inTransaction, 1, Duration.ofMinutes(10));
        broadcast.listen(this);
    }

    @Override
    public TaxRates current() {
        return rates.get(CURRENT, key -> stored.current());
    }

    @Override
    public void replace(TaxRates replacement, Instant at) {
        stored.replace(replacement, at);
        db.afterCommit(() -> broadcast.announce(Change.all(Kind.TAX_RATES)));
    }

    @Override
    public void changed(Change change) {
        if (change.kind() == Kind.TAX_RATES) {
            rates.forget(CURRENT); // one key: a read in flight is waited for and dropped
        }
    }

    @Override
    public void forgetAll() {
        rates.forgetAll();
    }
}
