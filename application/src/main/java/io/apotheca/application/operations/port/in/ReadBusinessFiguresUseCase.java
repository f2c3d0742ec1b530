package io.apotheca.application.operations.port.in;

import io.apotheca.application.operations.port.out.BusinessFigures.Figures;

/** The business figures now, for operators' metrics; never personal data, only counts and ages. */
public interface ReadBusinessFiguresUseCase {

    Figures now();
}
