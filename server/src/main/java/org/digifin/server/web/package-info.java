/**
 * What every HTTP route shares: RFC 9457 problem details with stable codes ({@link
 * org.digifin.server.web.ProblemResponses}), request size limits, and the page shape of list reads.
 */
package org.digifin.server.web;
