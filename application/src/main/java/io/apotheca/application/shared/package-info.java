/** What every capability's use cases share: the time-ordered id generator. */
package io.apotheca.application.shared;
