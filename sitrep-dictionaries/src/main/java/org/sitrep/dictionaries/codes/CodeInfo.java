package org.sitrep.dictionaries.codes;

/**
 * Everything Sitrep knows about one CAMEO code: its name, Goldstein score, QuadClass and PLOVER mapping.
 * ploverType, ploverMode and ploverContext are null where the CAMEO-to-PLOVER map gives none.
 */
public record CodeInfo(String code, String name, double goldstein, int quadClass,
                       String ploverType, String ploverMode, String ploverContext) {

    public String root() {
        return code.substring(0, 2);
    }
}
