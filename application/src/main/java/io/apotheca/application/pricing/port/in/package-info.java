/** What administrators and customers ask of pricing: tax rates and shipping options. */
package io.apotheca.application.pricing.port.in;
