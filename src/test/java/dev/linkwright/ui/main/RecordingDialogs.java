package dev.linkwright.ui.main;

import dev.linkwright.ui.common.DialogService;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for tests: answers file choosers from a queue and records messages. */
class RecordingDialogs implements DialogService {

    /** One error as shown. */
    record Error(String headline, String message, List<String> details) {
    }

    final Deque<Path> filesToOpen = new ArrayDeque<>();
    final Deque<Path> filesToSave = new ArrayDeque<>();
    final List<Error> errors = new ArrayList<>();
    final List<String> information = new ArrayList<>();
    String lastSuggestedName;

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
        lastSuggestedName = suggestedName;
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public void showError(String headline, String message, List<String> details) {
        errors.add(new Error(headline, message, details));
    }

    @Override
    public void showInformation(String headline, String message) {
        information.add(headline + "\n" + message);
    }
}
