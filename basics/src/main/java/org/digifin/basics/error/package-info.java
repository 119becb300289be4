/**
 * A small hierarchy of unchecked exceptions, each carrying a stable, dotted error code such as
 * {@code transaction.amount.scale}. The server maps them to RFC 9457 problem details in one place:
 * {@link org.digifin.basics.error.ValidationException} to 400, {@link
 * org.digifin.basics.error.NotFoundException} to 404, {@link
 * org.digifin.basics.error.ConflictException} to 409.
 */
package org.digifin.basics.error;
