package org.sitrep.cli;

/** Output formats of commands that print events: a table for people, JSON lines for programs. */
enum Format { table, jsonl }
