package org.conflictledger.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;

class LenientIdDeserializerTest {

    record Ids(@JsonDeserialize(using = LenientIdDeserializer.class) Long id,
            @JsonDeserialize(contentUsing = LenientIdDeserializer.class) List<Long> ids) {
    }

    // as strict as the application: no scalar coercion, no floats as ints
    private final JsonMapper json = JsonMapper.builder()
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    @Test
    void readsANumber() {
        assertThat(read("{\"id\":12}").id()).isEqualTo(12L);
        assertThat(read("{\"id\":9007199254740993}").id()).isEqualTo(9007199254740993L);
    }

    @Test
    void readsAStringOfDigitsIgnoringSurroundingSpace() {
        assertThat(read("{\"id\":\"12\"}").id()).isEqualTo(12L);
        assertThat(read("{\"id\":\" 7 \"}").id()).isEqualTo(7L);
    }

    @Test
    void readsListsMixingNumbersAndStrings() {
        assertThat(read("{\"ids\":[1,\"2\",3]}").ids()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void leavesNullAsNull() {
        assertThat(read("{\"id\":null}").id()).isNull();
    }

    @Test
    void refusesWhatIsNotAWholeNumberNamingTheField() {
        for (String bad : List.of("\"twelve\"", "\"12a\"", "\"-3\"", "\"\"", "1.5", "true", "{}", "[1]",
                "99999999999999999999", "\"9999999999999999999\"")) {
            assertThatThrownBy(() -> read("{\"id\":" + bad + "}")).as(bad)
                    .isInstanceOf(MismatchedInputException.class)
                    .satisfies(e -> assertThat(((MismatchedInputException) e).getPath().get(0).getPropertyName())
                            .isEqualTo("id"));
        }
    }

    private Ids read(String text) {
        return json.readValue(text, Ids.class);
    }
}
