package org.rstarworkbench.samples.gsmmini;

/** The four operations of GSM-mini solution steps; every result is an exact integer. */
public enum Operator {
    PLUS("+"),
    MINUS("-"),
    TIMES("*"),
    DIVIDED_BY("/");

    private final String symbol;

    Operator(String symbol) {
        this.symbol = symbol;
    }

    /** The ASCII symbol written in solutions: {@code + - * /}. */
    public String symbol() {
        return symbol;
    }

    /**
     * Applies the operation.
     *
     * @throws ArithmeticException when a division is not exact or divides by zero, or a result overflows
     */
    public long apply(long left, long right) {
        return switch (this) {
            case PLUS -> Math.addExact(left, right);
            case MINUS -> Math.subtractExact(left, right);
            case TIMES -> Math.multiplyExact(left, right);
            case DIVIDED_BY -> {
                if (right == 0 || left % right != 0) {
                    throw new ArithmeticException(left + " / " + right + " is not an exact integer division");
                }
                yield left / right;
            }
        };
    }
}
