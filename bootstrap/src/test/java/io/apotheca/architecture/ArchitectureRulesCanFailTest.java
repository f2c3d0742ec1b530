package io.apotheca.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proof that the rules bite: the planted classes in {@code io.apotheca.domain.planted} and {@code
 * io.apotheca.application.planted} (test code, so outside the production check), the loop between {@code
 * io.apotheca.application.plantedorders} and {@code plantedpayments}, and the adapters in {@code
 * io.apotheca.persistence.planted} each break one rule,
 * and every rule reports its planted breach by name.
 */
class ArchitectureRulesCanFailTest {

    private static JavaClasses productionAndPlanted;

    @BeforeAll
    static void importWithThePlantedClasses() {
        productionAndPlanted = new ClassFileImporter()
                .withImportOption(location -> !location.contains("/test-classes/") || location.contains("/planted"))
                .withImportOption(location ->
                        !location.contains("/apotheca-test-support") && !location.contains("/test-support/"))
                .importPackages("io.apotheca");
    }

    @Test
    void a_planted_clock_read_in_an_application_class_is_reported() {
        assertReports(ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK_OR_RANDOM_IDS, "ReadsTheSystemClock");
    }

    @Test
    void a_planted_random_uuid_in_a_domain_class_is_reported() {
        assertReports(ArchitectureRules.CORE_NEVER_READS_THE_SYSTEM_CLOCK_OR_RANDOM_IDS, "MakesRandomIds");
    }

    @Test
    void a_domain_class_reaching_into_the_application_is_reported() {
        assertReports(ArchitectureRules.DEPENDENCIES_POINT_INWARD, "ReachesOutward");
    }

    @Test
    void a_domain_class_using_a_library_is_reported() {
        assertReports(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA, "UsesALibrary");
    }

    @Test
    void an_incoming_port_not_named_as_a_use_case_is_reported() {
        assertReports(ArchitectureRules.INCOMING_PORTS_ARE_USE_CASES, "ApprovesThings");
    }

    @Test
    void an_impl_class_is_reported() {
        assertReports(ArchitectureRules.NO_IMPL_CLASSES, "PlantedImpl");
    }

    @Test
    void a_loop_between_two_capabilities_is_reported() {
        assertReports(ArchitectureRules.NO_CYCLES_BETWEEN_CAPABILITIES, "CollectsCash");
    }

    @Test
    void an_adapter_not_named_for_its_technology_and_port_is_reported() {
        assertReports(ArchitectureRules.ADAPTERS_ARE_NAMED_FOR_TECHNOLOGY_AND_PORT, "CartsKeptSomewhere");
    }

    @Test
    void a_public_adapter_that_no_factory_builds_is_reported() {
        assertReports(ArchitectureRules.ADAPTERS_HIDE_BEHIND_THEIR_MODULES_FACTORY, "planted.JdbiCartStore");
    }

    static Stream<ArchRule> rules() {
        return ArchitectureRules.ALL.stream();
    }

    @ParameterizedTest
    @MethodSource("rules")
    void no_rule_passes_by_matching_nothing(ArchRule rule) {
        JavaClasses unrelated = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importClasses(String.class);

        assertThatThrownBy(() -> rule.check(unrelated)).isInstanceOf(AssertionError.class);
    }

    private static void assertReports(ArchRule rule, String plantedClass) {
        EvaluationResult result = rule.evaluate(productionAndPlanted);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains(plantedClass));
    }
}
