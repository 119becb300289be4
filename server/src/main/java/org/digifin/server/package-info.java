/**
 * The Spring Boot adapter: REST API, console, storage, security, audit and the {@code digifin} CLI.
 * Frameworks live here and in the other adapter modules only; domain logic stays in the plain Java
 * modules this one depends on.
 */
package org.digifin.server;
