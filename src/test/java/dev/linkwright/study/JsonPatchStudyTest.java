package dev.linkwright.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** RFC 6902 operations, their errors, and diff as their inverse. */
class JsonPatchStudyTest {

    private static final ObjectMapper M = new ObjectMapper();

    private static JsonNode json(String s) throws Exception {
        return M.readTree(s.replace('\'', '"'));
    }

    private static JsonNode apply(String doc, String patch) throws Exception {
        return JsonPatch.apply(json(doc), json(patch));
    }

    @Test
    void theSixOperationsWork() throws Exception {
        assertThat(apply("{'a': [1, 2]}", "[{'op': 'add', 'path': '/a/1', 'value': 9}]")).isEqualTo(json("{'a': [1, 9, 2]}"));
        assertThat(apply("{'a': [1, 2]}", "[{'op': 'add', 'path': '/a/-', 'value': 3}]")).isEqualTo(json("{'a': [1, 2, 3]}"));
        assertThat(apply("{'a': 1, 'b': 2}", "[{'op': 'remove', 'path': '/a'}]")).isEqualTo(json("{'b': 2}"));
        assertThat(apply("{'a': {'x': 1}}", "[{'op': 'replace', 'path': '/a/x', 'value': 'y'}]")).isEqualTo(json("{'a': {'x': 'y'}}"));
        assertThat(apply("{'a': 1, 'b': {}}", "[{'op': 'move', 'from': '/a', 'path': '/b/c'}]")).isEqualTo(json("{'b': {'c': 1}}"));
        assertThat(apply("{'a': [1]}", "[{'op': 'copy', 'from': '/a', 'path': '/b'}]")).isEqualTo(json("{'a': [1], 'b': [1]}"));
        assertThat(apply("{'a': 1}", "[{'op': 'test', 'path': '/a', 'value': 1}]")).isEqualTo(json("{'a': 1}"));
        assertThat(apply("{'a/b': {'~c': 1}}", "[{'op': 'replace', 'path': '/a~1b/~0c', 'value': 2}]")).isEqualTo(json("{'a/b': {'~c': 2}}"));
        assertThat(apply("{'a': 1}", "[{'op': 'replace', 'path': '', 'value': [7]}]")).isEqualTo(json("[7]"));
    }

    @Test
    void theInputIsNotChanged() throws Exception {
        JsonNode doc = json("{'a': [1]}");
        JsonPatch.apply(doc, json("[{'op': 'add', 'path': '/a/-', 'value': 2}]"));
        assertThat(doc).isEqualTo(json("{'a': [1]}"));
    }

    @Test
    void failuresNameTheOperationAndWhatWasThere() {
        assertThatThrownBy(() -> apply("{'a': {'x': 1}}", "[{'op': 'test', 'path': '/a/x', 'value': 1}, {'op': 'remove', 'path': '/a/y'}]"))
                .isInstanceOfSatisfying(JsonPatch.PatchException.class, e -> {
                    assertThat(e.operation()).isEqualTo(1);
                    assertThat(e.field()).isEqualTo("path");
                    assertThat(e.getMessage()).contains("nothing at /a/y").contains("has x");
                });
        assertThatThrownBy(() -> apply("{'a': [1]}", "[{'op': 'replace', 'path': '/a/3', 'value': 0}]")).hasMessageContaining("past the end");
        assertThatThrownBy(() -> apply("{'a': 1}", "[{'op': 'test', 'path': '/a', 'value': 2}]")).hasMessageContaining("test failed");
        assertThatThrownBy(() -> apply("{}", "[{'op': 'frobnicate', 'path': '/a'}]")).hasMessageContaining("unknown operation");
        assertThatThrownBy(() -> apply("{}", "[{'op': 'add', 'path': 'a', 'value': 1}]")).hasMessageContaining("not a JSON Pointer");
        assertThatThrownBy(() -> apply("{'a': {}}", "[{'op': 'move', 'from': '/a', 'path': '/a/b'}]")).hasMessageContaining("its own children");
    }

    @Test
    void diffIsTheInverseOfApply() throws Exception {
        JsonNode from = json("{'a': [1, 2], 'b': {'c': 1, 'd': 2}, 'e': 'x', 'l': [1]}");
        JsonNode to = json("{'a': [1, 3], 'b': {'c': 1}, 'f': true, 'l': [1, 2, 3]}");
        JsonNode patch = JsonPatch.diff(from, to);
        assertThat(JsonPatch.apply(from, patch)).isEqualTo(to);
        assertThat(JsonPatch.diff(to, to)).isEmpty();
    }
}
