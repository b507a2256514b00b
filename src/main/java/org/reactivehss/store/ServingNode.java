package org.reactivehss.store;

/**
 * The two kinds of node a subscriber registers with over S6a/S6d (TS 29.272 §5.2.1.1): ULR-Flags
 * S6a/S6d-Indicator (§7.3.7 bit 1) set means an MME over S6a, cleared an SGSN over S6d. The HSS
 * answers ULA-Flags Separation Indication (§7.3.8), so the two registrations are stored apart.
 */
public enum ServingNode {
  MME,
  SGSN
}
