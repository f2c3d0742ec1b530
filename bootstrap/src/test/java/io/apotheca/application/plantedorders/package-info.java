/** One half of a planted loop between two capabilities; see {@code ArchitectureRulesCanFailTest}. */
package io.apotheca.application.plantedorders;
