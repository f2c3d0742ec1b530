/**
 * The configuration, read once from the environment into one typed, immutable {@link
 * io.apotheca.bootstrap.config.ApothecaConfig}. A malformed or contradictory value stops start-up
 * with a message that names its variable.
 */
package io.apotheca.bootstrap.config;
