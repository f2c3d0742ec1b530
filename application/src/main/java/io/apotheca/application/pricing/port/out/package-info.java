/** Where tax rates and shipping options are kept. */
package io.apotheca.application.pricing.port.out;
