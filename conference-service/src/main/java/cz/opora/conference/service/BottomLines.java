package cz.opora.conference.service;

import cz.opora.common.rest.ProblemException;

import java.util.List;

/**
 * The referrer rejects the family's plan only for the child's safety: naming one of the conference's bottom lines
 * (by its position) that the plan leaves unmet, and saying how. A pure rule.
 */
final class BottomLines {
    private BottomLines() {
    }

    /** 400 naming {@code bottomLine} or {@code reason} unless the rejection stands on one of {@code bottomLines}. */
    static void requireSafetyGrounds(List<String> bottomLines, Integer bottomLine, String reason) {
        if (bottomLine == null || bottomLine < 0 || bottomLine >= bottomLines.size()) {
            throw ProblemException.invalid("bottomLine", "name the bottom line (0 to " + (bottomLines.size() - 1)
                    + ") the plan leaves unmet: a plan is rejected only for the child's safety");
        }
        if (reason == null || reason.isBlank()) {
            throw ProblemException.invalid("reason", "say how the plan leaves the child unsafe");
        }
    }
}
