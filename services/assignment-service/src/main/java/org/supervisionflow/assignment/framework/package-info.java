/**
 * Indicator frameworks (督察内容分解表 / 考评指标体系): aspects (一级指标) holding items (二级指标) with requirement,
 * points, scoring rule, metrics, expected evidence, lead unit and co-units. A framework is edited as a draft and
 * frozen once a published campaign uses it.
 */
package org.supervisionflow.assignment.framework;
