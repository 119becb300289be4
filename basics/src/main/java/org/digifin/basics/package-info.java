/**
 * The vocabulary every Digifin module shares: {@link org.digifin.basics.Checks} for argument
 * validation and {@link org.digifin.basics.Result} for per-item outcomes.
 *
 * <p>Sub-packages hold money ({@code money}), typed identifiers ({@code id}), the error hierarchy
 * ({@code error}), the shared domain records ({@code domain}), time ({@code time}) and text
 * handling such as PII masking ({@code text}). Nothing here depends on a framework.
 */
package org.digifin.basics;
