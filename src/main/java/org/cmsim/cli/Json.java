package org.cmsim.cli;

/** JSON has no NaN or infinity: undefined numbers are written as null. */
final class Json {

    private Json() {
    }

    static Double number(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
