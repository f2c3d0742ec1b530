/** Recalling a lot, and the recall reports in JSON and CSV, over HTTP. */
package io.apotheca.http.recall;
