package dev.linkwright.study;

/** Pack texts for tests in other packages. */
public final class StudyTestPacks {

    private StudyTestPacks() {
    }

    /** A pack with one exercise of each mode: closed-sg (predict), fix-route (fix), spot-overlap (spot). */
    public static Pack allModes() throws dev.linkwright.io.DesignFormatException {
        return StudyFixtures.read(StudyFixtures.allModes());
    }

    /** A pack whose only exercise states a wrong blocker. */
    public static String oneWrongPredict() {
        return StudyFixtures.pack(StudyFixtures.PREDICT_BLOCKED.replace("\"element\": \"sg-b1\"", "\"element\": \"rtb-a\""));
    }
}
