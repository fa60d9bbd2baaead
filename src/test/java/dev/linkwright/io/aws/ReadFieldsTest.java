package dev.linkwright.io.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every AWS field name the converters mention is kept by the parse filter: a name missing from
 * {@link ReadFields} would silently read as absent.
 */
class ReadFieldsTest {

    /** PascalCase words in string literals: field names (and a few labels, listed below). */
    private static final Pattern LITERAL = Pattern.compile("\"([A-Z][a-z]+(?:[A-Z0-9][A-Za-z0-9]*)*)\"");
    private static final Set<String> NOT_FIELDS = Set.of("Amazon", "Available", "DynamoDB", "EnableVgwRoutePropagation");

    @Test
    void everyFieldNameTheConvertersUseIsKeptWhenParsing() throws IOException {
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.list(Path.of("src/main/java/dev/linkwright/io/aws"))) {
            for (Path source : sources.toList()) {
                if (source.getFileName().toString().equals("AwsKind.java")) {
                    continue; // top-level keys, kept whatever they are
                }
                Matcher m = LITERAL.matcher(Files.readString(source));
                while (m.find()) {
                    if (!ReadFields.isRead(m.group(1)) && !NOT_FIELDS.contains(m.group(1))) {
                        missing.add(m.group(1) + " (" + source.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void namesMatchWhateverTheCaseOfTheirFirstLetter() {
        assertThat(ReadFields.isRead("VirtualInterfaceId")).isTrue();
        assertThat(ReadFields.isRead("virtualInterfaceId")).isTrue();
        assertThat(ReadFields.isRead("BlockDeviceMappings")).isFalse();
    }
}
