/**
 * Typed identifiers, so a party id cannot be passed where an account id is expected. Each is a
 * record over a string chosen by the institution (its own customer or transaction number), checked
 * by {@link org.digifin.basics.id.IdentifierSyntax}.
 */
package org.digifin.basics.id;
