/**
 * The pharmacy console's files: the page, its style sheet and its ES modules, read from inside the
 * jar. The HTTP adapter serves them at {@code /console}; the console itself talks only to the public
 * REST API.
 */
package io.apotheca.console;
