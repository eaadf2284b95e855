/** REST API of publication: the leader's step on a report, and the public list and page without login. */
package org.supervisionflow.submission.publication.web;
