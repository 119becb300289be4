package org.digifin.server.party;

/**
 * What a create request did.
 *
 * @param received items in the request
 * @param inserted items newly stored
 * @param unchanged items already stored with the same content (no-ops)
 */
public record WriteOutcome(int received, int inserted, int unchanged) {}
