/**
 * Jobs the pharmacy runs on a schedule (the daily lot expiry), on db-scheduler: executions live in
 * PostgreSQL, so with several instances each execution runs on exactly one of them.
 */
package io.apotheca.persistence.jobs;
