package io.github.ita.edition;

/** How a tool gathers its data. */
public enum ToolKind {
    /** Respondents choose one option per question (IIT, EIT). */
    SURVEY,
    /** Each item is has / has not published, with evidence (OIT). */
    CHECKLIST
}
