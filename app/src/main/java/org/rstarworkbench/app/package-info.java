/** The application: entry point, and (in sub-packages) the command line, the store and the workbench window. */
package org.rstarworkbench.app;
