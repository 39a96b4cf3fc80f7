/**
 * The shared kernel: the few domain words every feature uses in the same sense (agencies, the
 * classification scale), the exceptions that every feature's services throw and the platform maps
 * once, and the rule for what counts as acceptable text ({@link org.parley.shared.PlainText}).
 * Nothing here depends on any feature.
 */
package org.parley.shared;
