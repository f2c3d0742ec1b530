/** The purchase limits an administrator defines, over HTTP. */
package io.apotheca.http.limits;
