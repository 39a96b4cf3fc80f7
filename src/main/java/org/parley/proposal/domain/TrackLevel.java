package org.parley.proposal.domain;

/**
 * The level a negotiation track works at; a summit track carries only proposals approved at working
 * level. The constant names are used as-is in REST payloads.
 */
public enum TrackLevel {
  WORKING,
  SUMMIT
}
