package org.sitrep.source;

import java.nio.file.Path;

/**
 * A problem with one input, naming the input and the reason, e.g. "a.txt: binary file, not text".
 * Batches catch it per input, so one bad article never stops the others.
 */
public class InputException extends Exception {
    private final String input;

    public InputException(String input, String reason) {
        super(input + ": " + reason);
        this.input = input;
    }

    public InputException(Path input, String reason) {
        this(input.toString(), reason);
    }

    public String input() {
        return input;
    }
}
