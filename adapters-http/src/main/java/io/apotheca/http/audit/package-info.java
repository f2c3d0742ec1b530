/** {@code /api/v1/admin/audit-log}: the audit trail and its verification, for administrators. */
package io.apotheca.http.audit;
