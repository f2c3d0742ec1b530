/** Uploaded documents kept as files, named by their checksum, under the data folder. */
package io.apotheca.persistence.document;
