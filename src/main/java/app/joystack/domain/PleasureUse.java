package app.joystack.domain;

import java.time.LocalDate;

/** One time a pleasure was paired in a stack that happened (or is planned) on a date, with its rating if any. */
public record PleasureUse(long pleasureId, LocalDate date, Integer rating) {
}
