package org.supervisionflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/**
 * Keeps the published JSON Schema of every message ({@code src/main/resources/schemas/<type>.json}) equal to
 * its record, so a change to a record cannot slip out unnoticed: a changed record fails here until its schema
 * is rewritten with {@code -Dcontracts.write-schemas=true} and the change reviewed (adding optional fields is
 * fine; anything else needs a new {@code .v2} type).
 */
class JsonSchemasTest {

    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");
    private static final SchemaGenerator GENERATOR = new SchemaGenerator(
            new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON).build());

    static Stream<Class<?>> messageTypes() {
        return Arrays.stream(Topic.values()).flatMap(topic -> Arrays.stream(topic.messageType().getPermittedSubclasses()));
    }

    @ParameterizedTest
    @MethodSource("messageTypes")
    void publishedSchemaMatchesTheRecord(Class<?> messageType) throws IOException {
        String type = MessageTypes.typeOf(messageType);
        String generated = GENERATOR.generateSchema(messageType).toPrettyString() + "\n";
        Path file = SCHEMAS.resolve(type + ".json");
        if (Boolean.getBoolean("contracts.write-schemas")) {
            Files.createDirectories(SCHEMAS);
            Files.writeString(file, generated, StandardCharsets.UTF_8);
        }
        assertThat(file).as("schema of %s; rewrite with -Dcontracts.write-schemas=true", type).exists();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("schema of %s", type).isEqualTo(generated);
    }
}
