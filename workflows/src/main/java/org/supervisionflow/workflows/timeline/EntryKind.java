package org.supervisionflow.workflows.timeline;

/** Whether a timeline entry records a fact a service established or a command the engine sent. */
public enum EntryKind {
    EVENT,
    COMMAND
}
