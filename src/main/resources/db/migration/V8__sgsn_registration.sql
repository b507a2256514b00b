-- The SGSN registration beside the MME's (TS 29.272 §5.2.1.1.3 with ULA-Flags Separation Indication,
-- §7.3.8): a ULR whose ULR-Flags S6a/S6d-Indicator (§7.3.7 bit 1) is cleared comes from an SGSN over S6d
-- and is stored here, never over the MME's columns. SGSN-Number (§7.3.102) is kept as it arrived.
ALTER TABLE subscribers
  ADD COLUMN serving_sgsn_host   text,
  ADD COLUMN serving_sgsn_realm  text,
  ADD COLUMN serving_sgsn_since  timestamptz,
  ADD COLUMN serving_sgsn_number bytea,
  ADD COLUMN purged_by_sgsn      boolean NOT NULL DEFAULT false,
  -- Whether the registered node holds the current subscription data (§5.2.1.1.3: Skip-Subscriber-Data
  -- is ignored when the data changed since the last download to that node): set by a ULA carrying
  -- Subscription-Data and by a successful IDA, cleared by every provisioning change.
  ADD COLUMN mme_data_current    boolean NOT NULL DEFAULT false,
  ADD COLUMN sgsn_data_current   boolean NOT NULL DEFAULT false;
