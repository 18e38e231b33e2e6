package io.github.ita.edition;

/** The languages of labels and reports: Thai (the default of reports) and English. */
public enum Language {
    /** Thai. */
    TH,
    /** English. */
    EN
}
