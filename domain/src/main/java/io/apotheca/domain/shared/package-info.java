/**
 * Values every capability of the pharmacy speaks: money in minor units and the like. Each
 * validates itself when built, so an invalid one never exists.
 */
package io.apotheca.domain.shared;
