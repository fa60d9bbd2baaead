package dev.linkwright.ui.common;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** The app's look: AtlantaFX Primer, light or dark. */
public enum Theme {
    LIGHT,
    DARK;

    /** Makes this the look of every window. */
    public void apply() {
        Application.setUserAgentStylesheet(this == DARK
                ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
    }

    public boolean isDark() {
        return this == DARK;
    }
}
