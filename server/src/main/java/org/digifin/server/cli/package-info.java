/**
 * The {@code digifin} command line: {@code serve}, {@code demo}, {@code import}, {@code audit
 * verify}, {@code version}. The {@code ./digifin} script at the repository root builds the jar when
 * needed and runs {@link org.digifin.server.cli.DigifinCli}.
 */
package org.digifin.server.cli;
