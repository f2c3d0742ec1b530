/** Test fixtures that break the architecture on purpose; see {@code ArchitectureRulesCanFailTest}. */
package io.apotheca.application.planted;
