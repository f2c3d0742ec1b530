/**
 * The composition root: reads the configuration, starts the infrastructure (the database, embedded
 * when none is configured; Redis and Stripe when configured), builds the adapters and use cases by
 * hand in {@link io.apotheca.bootstrap.Apotheca}, and serves the API. Nothing else wires anything.
 */
package io.apotheca.bootstrap;
