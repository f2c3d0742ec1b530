/**
 * How fast Apotheca is on this machine: JMH benchmarks of its costly paths (password hashing), the
 * load harness ({@link io.apotheca.bench.LoadHarness}) that runs the packaged jar beside the
 * machine's own ceilings (a bare Javalin handler, pgbench), and the earlier single-purpose loads
 * ({@link io.apotheca.bench.CatalogLoad}, {@link io.apotheca.bench.CheckoutLoad}). Figures go to
 * {@code docs/benchmarks.md}, each with the command that produced it.
 */
package io.apotheca.bench;
