package dev.linkwright.study;

/** Pack texts for tests in other packages. */
public final class StudyTestPacks {

    private StudyTestPacks() {
    }

    /** A pack whose only exercise states a wrong blocker. */
    public static String oneWrongPredict() {
        return StudyFixtures.pack(StudyFixtures.PREDICT_BLOCKED.replace("\"element\": \"sg-b1\"", "\"element\": \"rtb-a\""));
    }
}
