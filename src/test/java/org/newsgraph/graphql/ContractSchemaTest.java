package org.newsgraph.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import graphql.language.AstPrinter;
import graphql.language.FieldDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValueDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.quarkus.test.junit.QuarkusTest;

/** The served schema keeps every type, field, argument and enum value of the public contract, same nullability. */
@QuarkusTest
class ContractSchemaTest {
    private static final Path CONTRACT = Path.of("../shared/contract/schema.graphql");

    @Test
    void servedSchemaContainsTheWholeContractWithTheSameTypes() throws IOException {
        assumeTrue(Files.exists(CONTRACT), "the shared contract is beside the project");
        TypeDefinitionRegistry contract = new SchemaParser().parse(Files.readString(CONTRACT, StandardCharsets.UTF_8));
        TypeDefinitionRegistry served = new SchemaParser().parse(
                given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());

        List<String> differences = new ArrayList<>();
        contract.scalars().keySet().stream().filter(name -> !served.scalars().containsKey(name))
                .forEach(name -> differences.add("missing scalar " + name));
        for (ObjectTypeDefinition type : contract.getTypes(ObjectTypeDefinition.class)) {
            ObjectTypeDefinition other = served.getType(type.getName(), ObjectTypeDefinition.class).orElse(null);
            if (other == null) {
                differences.add("missing type " + type.getName());
                continue;
            }
            for (FieldDefinition field : type.getFieldDefinitions()) {
                compareField(type.getName(), field, other.getFieldDefinitions(), differences);
            }
        }
        for (InputObjectTypeDefinition input : contract.getTypes(InputObjectTypeDefinition.class)) {
            InputObjectTypeDefinition other = served.getType(input.getName(), InputObjectTypeDefinition.class).orElse(null);
            if (other == null) {
                differences.add("missing input " + input.getName());
                continue;
            }
            compareInputs(input.getName(), input.getInputValueDefinitions(), other.getInputValueDefinitions(), differences);
        }
        for (EnumTypeDefinition enumType : contract.getTypes(EnumTypeDefinition.class)) {
            List<String> values = served.getType(enumType.getName(), EnumTypeDefinition.class)
                    .map(e -> e.getEnumValueDefinitions().stream().map(EnumValueDefinition::getName).toList()).orElse(List.of());
            enumType.getEnumValueDefinitions().stream().filter(v -> !values.contains(v.getName()))
                    .forEach(v -> differences.add("missing enum value " + enumType.getName() + "." + v.getName()));
        }
        assertEquals(List.of(), differences);
    }

    private static void compareField(String owner, FieldDefinition field, List<FieldDefinition> served, List<String> differences) {
        FieldDefinition other = served.stream().filter(f -> f.getName().equals(field.getName())).findFirst().orElse(null);
        if (other == null) {
            differences.add("missing field " + owner + "." + field.getName());
            return;
        }
        if (!AstPrinter.printAst(field.getType()).equals(AstPrinter.printAst(other.getType()))) {
            differences.add(owner + "." + field.getName() + " is " + AstPrinter.printAst(other.getType()));
        }
        compareInputs(owner + "." + field.getName(), field.getInputValueDefinitions(), other.getInputValueDefinitions(), differences);
    }

    private static void compareInputs(String owner, List<InputValueDefinition> expected, List<InputValueDefinition> served,
            List<String> differences) {
        for (InputValueDefinition value : expected) {
            InputValueDefinition other = served.stream().filter(v -> v.getName().equals(value.getName())).findFirst().orElse(null);
            if (other == null) {
                differences.add("missing argument " + owner + "(" + value.getName() + ")");
            } else if (!AstPrinter.printAst(value.getType()).equals(AstPrinter.printAst(other.getType()))) {
                differences.add(owner + "(" + value.getName() + ") is " + AstPrinter.printAst(other.getType()));
            } else if (value.getDefaultValue() != null && (other.getDefaultValue() == null
                    || !AstPrinter.printAst(value.getDefaultValue()).equals(AstPrinter.printAst(other.getDefaultValue())))) {
                differences.add(owner + "(" + value.getName() + ") default differs");
            }
        }
    }
}
