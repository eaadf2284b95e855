/** Reading and writing the office's .xlsx workbooks (Apache POI): cells as text, sheets with a bold header row. */
package org.supervisionflow.assignment.excel;
