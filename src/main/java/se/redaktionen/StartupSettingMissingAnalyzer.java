package se.redaktionen;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing setting into one line for the operator instead of a stack trace. */
class StartupSettingMissingAnalyzer extends AbstractFailureAnalyzer<StartupSettingMissing> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, StartupSettingMissing cause) {
        return new FailureAnalysis(cause.getMessage(), "Set the variable named above and start again.", null);
    }
}
