/** JMH benchmarks of Apotheca's hot and costly paths; figures go to {@code docs/benchmarks.md}. */
package io.apotheca.bench;
