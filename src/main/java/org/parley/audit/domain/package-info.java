/** The audit domain: append-only events recording every change to a proposal. */
package org.parley.audit.domain;
