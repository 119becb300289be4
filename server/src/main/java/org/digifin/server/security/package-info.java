/**
 * Who may do what. Machines authenticate with API keys (hashed at rest, scoped to roles), people
 * with a console login; the REST API also takes HTTP Basic for people. Every route requires an
 * authenticated principal and a role, declared in one table in {@link
 * org.digifin.server.security.SecurityConfig}. There are no default passwords: the first start
 * creates {@code admin} with a random password and prints it once.
 */
package org.digifin.server.security;
