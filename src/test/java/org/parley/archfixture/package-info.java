/**
 * Deliberately broken samples for {@link org.parley.ArchitectureTest}: each architecture rule must
 * fail on these classes, or the rule checks nothing. Never imported by production code.
 */
package org.parley.archfixture;
