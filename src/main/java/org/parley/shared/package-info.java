/**
 * The shared kernel: the few domain words every feature uses in the same sense (agencies, the
 * classification scale) and the exceptions that every feature's services throw and the platform
 * maps once. Nothing here depends on any feature.
 */
package org.parley.shared;
