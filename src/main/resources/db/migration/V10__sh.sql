-- Sh (TS 29.328, TS 29.329): what an Application Server may do, the transparent data it keeps in
-- the HSS, and its subscriptions to notifications.
--
-- sh_permissions: the AS permission list of TS 29.328 §6.2, one row per AS Origin-Host. Each array
-- holds the Data-Reference codes (TS 29.329 §6.3.4) the AS may read (UDR), update (PUR) and
-- subscribe to (SNR). An AS without a row may do nothing (docs/sh.md).
CREATE TABLE sh_permissions (
  origin_host  text PRIMARY KEY,
  udr          smallint[] NOT NULL DEFAULT '{}',
  pur          smallint[] NOT NULL DEFAULT '{}',
  snr          smallint[] NOT NULL DEFAULT '{}',
  updated_at   timestamptz NOT NULL DEFAULT now()
);

-- Repository data (TS 29.328 §7.6.1): transparent data per public identity (an IMPU, or an MSISDN
-- when the AS names the user by it) and Service-Indication, with the Sequence-Number of §6.1.2.1.
-- Removed with the subscriber.
CREATE TABLE sh_repository_data (
  identity            text NOT NULL,
  service_indication  text NOT NULL,
  imsi                text NOT NULL REFERENCES subscribers (imsi) ON DELETE CASCADE,
  sequence_number     integer NOT NULL CHECK (sequence_number BETWEEN 0 AND 65535),
  service_data        text NOT NULL,
  updated_at          timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (identity, service_indication)
);
CREATE INDEX sh_repository_data_imsi ON sh_repository_data (imsi);

-- Subscriptions to notifications (TS 29.328 §6.1.3): who (AS Origin-Host and Origin-Realm, where
-- the PNR goes) wants to hear about which Data-Reference (and Service-Indication for repository
-- data, '' otherwise) of which identity, until expires_at (null: no expiry). Expired rows are
-- ignored and removed when a change looks for subscribers.
CREATE TABLE sh_subscriptions (
  identity            text NOT NULL,
  origin_host         text NOT NULL,
  data_reference      smallint NOT NULL,
  service_indication  text NOT NULL DEFAULT '',
  imsi                text NOT NULL REFERENCES subscribers (imsi) ON DELETE CASCADE,
  origin_realm        text NOT NULL,
  expires_at          timestamptz,
  PRIMARY KEY (identity, origin_host, data_reference, service_indication)
);
CREATE INDEX sh_subscriptions_imsi ON sh_subscriptions (imsi);
