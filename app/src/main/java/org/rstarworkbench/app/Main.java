package org.rstarworkbench.app;

import org.rstarworkbench.app.cli.RStarCommand;

/** Starts rStar Workbench: the command line with arguments; without arguments, the workbench. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(RStarCommand.run(args));
    }
}
