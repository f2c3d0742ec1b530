package io.apotheca.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/** Apotheca's architecture as rules that read as sentences. None may pass by matching nothing. */
final class ArchitectureRules {

    private static final String DOMAIN = "io.apotheca.domain..";
    private static final String APPLICATION = "io.apotheca.application..";
    private static final String[] CORE = {DOMAIN, APPLICATION};

    private ArchitectureRules() {}

    static final ArchRule DEPENDENCIES_POINT_INWARD = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("io.apotheca..")
            .layer("Domain")
            .definedBy(DOMAIN)
            .layer("Application")
            .definedBy(APPLICATION)
            .layer("HTTP adapter")
            .definedBy("io.apotheca.http..")
            .layer("PostgreSQL adapter")
            .definedBy("io.apotheca.persistence..")
            .layer("Redis adapter")
            .definedBy("io.apotheca.redis..")
            .layer("Stripe adapter")
            .definedBy("io.apotheca.stripe..")
            .layer("Mail adapter")
            .definedBy("io.apotheca.mail..")
            .layer("FHIR adapter")
            .definedBy("io.apotheca.fhir..")
            .layer("RabbitMQ adapter")
            .definedBy("io.apotheca.rabbitmq..")
            .layer("Webhooks adapter")
            .definedBy("io.apotheca.webhooks..")
            .layer("Bootstrap")
            .definedBy("io.apotheca.bootstrap..")
            .whereLayer("Bootstrap")
            .mayNotBeAccessedByAnyLayer()
            .whereLayer("HTTP adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("PostgreSQL adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Redis adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Stripe adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Mail adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("FHIR adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("RabbitMQ adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Webhooks adapter")
            .mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Application")
            .mayOnlyBeAccessedByLayers(
                    "HTTP adapter",
                    "PostgreSQL adapter",
                    "Redis adapter",
                    "Stripe adapter",
                    "Mail adapter",
                    "FHIR adapter",
                    "RabbitMQ adapter",
                    "Webhooks adapter",
                    "Bootstrap")
            .because("the pharmacy's rules must not know how they are served or stored, and one adapter must be "
                    + "replaceable without touching another (domain <- application <- adapters <- bootstrap)")
            .allowEmptyShould(false);

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes()
            .that()
            .resideInAPackage(DOMAIN)
            .should()
            .onlyDependOnClassesThat()
            .resideInAnyPackage("java..", DOMAIN)
            .because("the pharmacy's rules must outlive every framework and library around them")
            .allowEmptyShould(false);

    static final ArchRule CORE_NEVER_READS_THE_SYSTEM_CLOCK_OR_RANDOM_IDS = noClasses()
            .that()
            .resideInAnyPackage(CORE)
            .should()
            .callMethod(Instant.class, "now")
            .orShould()
            .callMethod(LocalDate.class, "now")
            .orShould()
            .callMethod(LocalDateTime.class, "now")
            .orShould()
            .callMethod(ZonedDateTime.class, "now")
            .orShould()
            .callMethod(OffsetDateTime.class, "now")
            .orShould()
            .callMethod(System.class, "currentTimeMillis")
            .orShould()
            .callMethod(UUID.class, "randomUUID")
            .because("time and ids are injected (a Clock, an IdGenerator), so that expiry, holds and leases "
                    + "can be tested at any moment and ids stay time-ordered")
            .allowEmptyShould(false);

    static final ArchRule INCOMING_PORTS_ARE_USE_CASES = classes()
            .that()
            .resideInAPackage("io.apotheca.application..port.in..")
            .and()
            .areInterfaces()
            .and()
            .areTopLevelClasses()
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .haveSimpleNameEndingWith("UseCase")
            .because("an incoming port is one thing a user of the pharmacy can do")
            .allowEmptyShould(false);

    static final ArchRule NO_IMPL_CLASSES = noClasses()
            .that()
            .resideInAPackage("io.apotheca..")
            .should()
            .haveSimpleNameEndingWith("Impl")
            .because("a class is named for what it is (JdbiOrders, ApprovePrescriptionService), not for "
                    + "implementing something")
            .allowEmptyShould(false);

    static final ArchRule NO_CYCLES_BETWEEN_CAPABILITIES = slices().matching("io.apotheca.(*).(*)..")
            .namingSlices("$1.$2")
            .should()
            .beFreeOfCycles()
            .because("each capability of the core (catalog, inventory, order, payment, ...) and each part of an "
                    + "adapter must be understood and changed from one side: where two need each other, the one "
                    + "that consumes declares a port and the other implements it")
            .allowEmptyShould(false);

    private static final String[] ADAPTERS = {
        "io.apotheca.http..",
        "io.apotheca.persistence..",
        "io.apotheca.redis..",
        "io.apotheca.stripe..",
        "io.apotheca.mail..",
        "io.apotheca.fhir..",
        "io.apotheca.rabbitmq..",
        "io.apotheca.webhooks.."
    };

    static final ArchRule ADAPTERS_ARE_NAMED_FOR_TECHNOLOGY_AND_PORT = classes()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .and(AdapterConditions.IMPLEMENT_AN_OUTGOING_PORT)
            .should(AdapterConditions.BE_NAMED_TECHNOLOGY_THEN_PORT)
            .because("an adapter's name says which technology serves which port (JdbiOrders, RedisCartStore), "
                    + "so that a reader finds every implementation of a port by its name")
            .allowEmptyShould(false);

    static final ArchRule ADAPTERS_HIDE_BEHIND_THEIR_MODULES_FACTORY = classes()
            .that()
            .resideInAnyPackage(ADAPTERS)
            .and(AdapterConditions.IMPLEMENT_AN_OUTGOING_PORT)
            .should(AdapterConditions.BE_PUBLIC_ONLY_WHEN_BUILT_FROM_ANOTHER_PACKAGE_OF_ITS_MODULE)
            .because("bootstrap builds adapters through each module's one small factory, never by their classes, "
                    + "so an adapter can change inside its module without touching the wiring")
            .allowEmptyShould(false);

    static final List<ArchRule> ALL = List.of(
            DEPENDENCIES_POINT_INWARD,
            DOMAIN_IS_PLAIN_JAVA,
            CORE_NEVER_READS_THE_SYSTEM_CLOCK_OR_RANDOM_IDS,
            INCOMING_PORTS_ARE_USE_CASES,
            NO_IMPL_CLASSES,
            NO_CYCLES_BETWEEN_CAPABILITIES,
            ADAPTERS_ARE_NAMED_FOR_TECHNOLOGY_AND_PORT,
            ADAPTERS_HIDE_BEHIND_THEIR_MODULES_FACTORY);
}
