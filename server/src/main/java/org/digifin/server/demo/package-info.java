/**
 * The demo bank that {@code digifin demo} loads. Capabilities that want to show themselves in the
 * demo (risk alerts, credit applications, a database to scan) hook in here.
 */
package org.digifin.server.demo;
