/** The bundled tiny models and the defaults that go with them. */
package org.rstarworkbench.samples.models;
