/** {@code /health/live} and {@code /health/ready}, outside {@code /api/v1}, for load balancers and operators. */
package io.apotheca.http.health;
