/** Tax rates (administrators) and shipping options (read by anyone, written by administrators). */
package io.apotheca.http.pricing;
