package dev.linkwright.ui.testing;

import dev.linkwright.ui.common.DialogService;
import dev.linkwright.ui.common.FileType;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** A {@link DialogService} for view model tests: scripted answers, recorded messages. */
public class FakeDialogs implements DialogService {

    /** One error as shown. */
    public record Error(String headline, String message, List<String> details) {
    }

    /** One confirmation asked. */
    public record Question(String headline, String message, String confirmLabel) {
    }

    public final Deque<Path> filesToOpen = new ArrayDeque<>();
    public final Deque<Path> filesToSave = new ArrayDeque<>();
    public final Deque<Path> folders = new ArrayDeque<>();
    public final Deque<Boolean> answers = new ArrayDeque<>();
    public final List<Error> errors = new ArrayList<>();
    public final List<String> information = new ArrayList<>();
    public final List<Question> questions = new ArrayList<>();
    public final List<FileType> saveTypes = new ArrayList<>();
    public final List<String> suggestedNames = new ArrayList<>();

    @Override
    public Optional<Path> chooseFileToOpen(String title, Path initialDirectory) {
        return Optional.ofNullable(filesToOpen.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName) {
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, Path initialDirectory, String suggestedName, FileType type) {
        saveTypes.add(type);
        suggestedNames.add(suggestedName);
        return Optional.ofNullable(filesToSave.poll()).map(type::withExtension);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initialDirectory) {
        return Optional.ofNullable(folders.poll());
    }

    @Override
    public boolean confirm(String headline, String message, String confirmLabel) {
        questions.add(new Question(headline, message, confirmLabel));
        Boolean answer = answers.poll();
        return answer != null && answer;
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
