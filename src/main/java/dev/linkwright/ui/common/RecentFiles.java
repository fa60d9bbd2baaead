package dev.linkwright.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The most recently opened or saved design files, newest first, kept in a {@link Store} (the
 * user's preferences in the app, memory in tests).
 */
public final class RecentFiles {

    /** Where the list is kept between runs. */
    public interface Store {
        List<String> load();

        void save(List<String> paths);
    }

    /** A store that forgets everything when the program ends. */
    public static Store inMemory() {
        return new Store() {
            private List<String> paths = List.of();

            @Override
            public List<String> load() {
                return paths;
            }

            @Override
            public void save(List<String> p) {
                paths = List.copyOf(p);
            }
        };
    }

    /** A store in the user's Java preferences. */
    public static Store preferences(Class<?> owner) {
        java.util.prefs.Preferences prefs = java.util.prefs.Preferences.userNodeForPackage(owner);
        return new Store() {
            @Override
            public List<String> load() {
                String text = prefs.get("recentFiles", "");
                List<String> list = new ArrayList<>();
                for (String s : text.split("\n")) {
                    if (!s.isBlank()) {
                        list.add(s);
                    }
                }
                return list;
            }

            @Override
            public void save(List<String> paths) {
                prefs.put("recentFiles", String.join("\n", paths));
            }
        };
    }

    public static final int MAX = 8;

    private final Store store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    public RecentFiles(Store store) {
        this.store = store;
        for (String s : store.load()) {
            try {
                files.add(Path.of(s));
            } catch (RuntimeException ignored) {
                // a path from another system: drop it
            }
        }
    }

    /** The files, newest first. */
    public ObservableList<Path> files() {
        return readOnly;
    }

    /** Puts {@code file} at the top. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        files.remove(p);
        files.add(0, p);
        while (files.size() > MAX) {
            files.remove(files.size() - 1);
        }
        persist();
    }

    /** Forgets {@code file} (e.g. after it could not be opened because it is gone). */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) {
            persist();
        }
    }

    private void persist() {
        List<String> list = new ArrayList<>();
        for (Path p : files) {
            list.add(p.toString());
        }
        try {
            store.save(list);
        } catch (RuntimeException ignored) {
            // preferences may be read-only; the list still works for this session
        }
    }
}
