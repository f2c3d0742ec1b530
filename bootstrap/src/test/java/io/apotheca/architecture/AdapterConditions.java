package io.apotheca.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;

/** What the adapter rules check of a class that implements one of the application's outgoing ports. */
final class AdapterConditions {

    /** The technologies an adapter's name may start with. */
    static final List<String> TECHNOLOGIES = List.of(
            "Jdbi",
            "Postgres",
            "FileSystem",
            "Redis",
            "Stripe",
            "Smtp",
            "EmlFile",
            "Jwt",
            "Argon2",
            "Zxcvbn",
            "InProcess",
            "Caffeine",
            "Rabbit",
            "Http");

    private AdapterConditions() {}

    static final DescribedPredicate<JavaClass> IMPLEMENT_AN_OUTGOING_PORT =
            new DescribedPredicate<>("implement an outgoing port of the application") {
                @Override
                public boolean test(JavaClass javaClass) {
                    return !javaClass.isInterface() && !ports(javaClass).isEmpty();
                }
            };

    /** {@code <Technology><Port>}: a known technology, then the name of a port it implements. */
    static final ArchCondition<JavaClass> BE_NAMED_TECHNOLOGY_THEN_PORT =
            new ArchCondition<>("be named <Technology><Port>") {
                @Override
                public void check(JavaClass adapter, ConditionEvents events) {
                    String name = adapter.getSimpleName();
                    boolean technology = TECHNOLOGIES.stream().anyMatch(name::startsWith);
                    boolean port = ports(adapter).stream().anyMatch(p -> name.endsWith(p.getSimpleName()));
                    if (!technology || !port) {
                        events.add(SimpleConditionEvent.violated(
                                adapter,
                                adapter.getName() + " implements "
                                        + ports(adapter).stream()
                                                .map(JavaClass::getSimpleName)
                                                .toList()
                                        + " but is not named <Technology><Port> (technologies: " + TECHNOLOGIES
                                        + ")"));
                    }
                }
            };

    /**
     * Package-private where the language allows: public only when another package of the same
     * adapter module builds it (its factory lives there).
     */
    static final ArchCondition<JavaClass> BE_PUBLIC_ONLY_WHEN_BUILT_FROM_ANOTHER_PACKAGE_OF_ITS_MODULE =
            new ArchCondition<>("be package-private unless another package of its adapter builds it") {
                @Override
                public void check(JavaClass adapter, ConditionEvents events) {
                    if (!adapter.getModifiers().contains(JavaModifier.PUBLIC)) {
                        return;
                    }
                    String module = module(adapter.getPackageName());
                    boolean builtElsewhereInModule = adapter.getConstructorCallsToSelf().stream()
                            .map(call -> call.getOriginOwner().getPackageName())
                            .anyMatch(origin -> !origin.equals(adapter.getPackageName())
                                    && module(origin).equals(module));
                    if (!builtElsewhereInModule) {
                        events.add(SimpleConditionEvent.violated(
                                adapter,
                                adapter.getName() + " is public, but no other package of " + module
                                        + " builds it: make it package-private behind the module's factory"));
                    }
                }
            };

    private static List<JavaClass> ports(JavaClass javaClass) {
        return javaClass.getAllRawInterfaces().stream()
                .filter(i -> i.getPackageName().startsWith("io.apotheca.application.")
                        && i.getPackageName().contains(".port.out"))
                .toList();
    }

    /** {@code io.apotheca.persistence} of {@code io.apotheca.persistence.order}. */
    private static String module(String packageName) {
        String[] parts = packageName.split("\\.");
        return parts.length < 3 ? packageName : parts[0] + "." + parts[1] + "." + parts[2];
    }
}
