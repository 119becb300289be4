/**
 * Text handling shared by every module: recognising and masking Chinese personal financial
 * identifiers ({@link org.digifin.basics.text.PiiMasker}) so they never reach a log in the clear.
 */
package org.digifin.basics.text;
