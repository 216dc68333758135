package org.sitrep.model;

/**
 * A CAMEO event code with the scales derived from it.
 * Codes are strings ("0312"), never numbers, because a leading zero is part of the code.
 */
public record CameoCoding(String code, String root, double goldstein, int quadClass) {
}
