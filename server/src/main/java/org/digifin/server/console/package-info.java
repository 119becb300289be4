/** The web console: server-rendered pages (Thymeleaf) behind a form login. */
package org.digifin.server.console;
