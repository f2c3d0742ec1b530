/** {@code /api/v1/auth}, {@code /api/v1/users/me} and {@code /api/v1/pharmacists}: accounts, sessions, licences. */
package io.apotheca.http.identity;
