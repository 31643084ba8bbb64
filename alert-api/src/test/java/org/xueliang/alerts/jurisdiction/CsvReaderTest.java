package org.xueliang.alerts.jurisdiction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CsvReaderTest {
    static Stream<Arguments> readable() {
        return Stream.of(
                Arguments.of("plain", "a,b\nc,d\n", List.of(List.of("a", "b"), List.of("c", "d"))),
                Arguments.of("no final newline", "a,b\nc,d", List.of(List.of("a", "b"), List.of("c", "d"))),
                Arguments.of("CRLF", "a,b\r\nc,d\r\n", List.of(List.of("a", "b"), List.of("c", "d"))),
                Arguments.of("spreadsheet BOM", "\uFEFFcode,name\n1,x", List.of(List.of("code", "name"), List.of("1", "x"))),
                Arguments.of("empty fields", "a,,c\n,,\n", List.of(List.of("a", "", "c"), List.of("", "", ""))),
                Arguments.of("blank lines skipped", "a\n\n\r\nb\n", List.of(List.of("a"), List.of("b"))),
                Arguments.of("quoted comma", "\"新安镇, 来安县\",x", List.of(List.of("新安镇, 来安县", "x"))),
                Arguments.of("doubled quote", "\"the \"\"old\"\" gate\",x", List.of(List.of("the \"old\" gate", "x"))),
                Arguments.of("newline inside quotes", "\"two\nlines\",x\ny,z",
                        List.of(List.of("two\nlines", "x"), List.of("y", "z"))),
                Arguments.of("quoted empty", "\"\",x", List.of(List.of("", "x"))),
                Arguments.of("nothing", "", List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("readable")
    void readsRecordsOfFields(String name, String csv, List<List<String>> expected) {
        assertThat(CsvReader.read(csv)).isEqualTo(expected);
    }

    static Stream<Arguments> broken() {
        return Stream.of(
                Arguments.of("code,name\n\"open,x\n", "row 2: a quoted field is never closed"),
                Arguments.of("code,name\n\"a\"b,x\n", "row 2: a quoted field must end at a comma or the end of the line,"
                        + " got b after the closing quote"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("broken")
    void refusesBrokenQuoting(String csv, String message) {
        assertThatThrownBy(() -> CsvReader.read(csv)).isInstanceOf(InvalidImportException.class).hasMessage(message);
    }
}
