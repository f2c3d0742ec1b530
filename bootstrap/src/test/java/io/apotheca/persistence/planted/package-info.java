/** Adapters that break the adapter rules on purpose; see {@code ArchitectureRulesCanFailTest}. */
package io.apotheca.persistence.planted;
