/** The architecture's rules, checked on every build, and the proof that they can fail. */
package io.apotheca.architecture;
