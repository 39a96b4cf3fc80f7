/** The decision domain: a deputy's or principal's decision on a cleared proposal version. */
package org.parley.decision.domain;
