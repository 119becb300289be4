/**
 * Logging with personal identifiers masked: ID, phone and card numbers never reach a log in the
 * clear, in the console text or in the JSON log file.
 */
package org.digifin.server.logging;
