/** Departments' extension requests, from submission-service's events. */
package org.supervisionflow.assignment.extension.messaging;
