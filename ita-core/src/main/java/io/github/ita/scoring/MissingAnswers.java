package io.github.ita.scoring;

/** What to do when a respondent leaves a scored question unanswered, or an OIT item is not in the checklist. */
public enum MissingAnswers {
    /** Refuse the input, naming the respondent and the question (the default). */
    ERROR,
    /** Leave the answer out of the means and count it in the result's {@code excluded} figures. */
    EXCLUDE
}
