package io.apotheca.application.recall;

import io.apotheca.application.notification.port.out.RecallNotices;
import io.apotheca.application.recall.port.out.Recalls;
import java.util.Optional;
import java.util.UUID;

/** A recall's notice as the mail sender asks for it: the product, the lot, the class and the instructions. */
public final class RecallNoticeTexts implements RecallNotices {

    private final Recalls recalls;

    public RecallNoticeTexts(Recalls recalls) {
        this.recalls = recalls;
    }

    @Override
    public Optional<Notice> of(UUID recall) {
        return recalls.byId(recall)
                .map(kept -> new Notice(
                        kept.productName(),
                        kept.recall().lot(),
                        kept.recall().recallClass(),
                        kept.recall().instructions()));
    }
}
