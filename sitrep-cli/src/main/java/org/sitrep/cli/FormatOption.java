package org.sitrep.cli;

import picocli.CommandLine.Option;

/**
 * The --format option of commands that print listings: a table for people, JSON lines for programs.
 * Declared once so every listing command offers the same choice with the same default.
 */
final class FormatOption {
    @Option(names = "--format", defaultValue = "table", description = "table or jsonl (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean jsonl() {
        return format == Format.jsonl;
    }
}
