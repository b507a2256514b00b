-- Subscribers and their APN configuration profile (TS 29.272 §7.3.2 Subscription-Data).
-- K, OP and OPc hold AES-256-GCM sealed values: key id (1) || IV (12) || ciphertext || tag (16).
CREATE TABLE subscribers (
  imsi                    text PRIMARY KEY CHECK (imsi ~ '^[0-9]{14,15}$'),
  msisdn                  text CHECK (msisdn ~ '^[0-9]{1,15}$'),
  algorithm               text NOT NULL DEFAULT 'milenage' CHECK (algorithm IN ('milenage', 'xor')),
  k                       bytea NOT NULL,
  op                      bytea,
  opc                     bytea,
  amf                     bytea NOT NULL CHECK (length(amf) = 2),
  -- SQN_HE: the last SQN issued, SEQ (43 bits) || IND (5 bits), TS 33.102 Annex C
  sqn                     bigint NOT NULL DEFAULT 0 CHECK (sqn >= 0 AND sqn < 281474976710656),
  status                  text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'barred')),
  ambr_ul                 bigint CHECK (ambr_ul >= 0),
  ambr_dl                 bigint CHECK (ambr_dl >= 0),
  -- Access-Restriction-Data bit mask, TS 29.272 §7.3.31
  access_restriction      integer NOT NULL DEFAULT 0,
  roaming_allowed         boolean NOT NULL DEFAULT true,
  created_at              timestamptz NOT NULL DEFAULT now(),
  updated_at              timestamptz NOT NULL DEFAULT now(),
  CONSTRAINT subscribers_one_operator_key CHECK ((op IS NULL) <> (opc IS NULL))
);

CREATE INDEX subscribers_msisdn ON subscribers (msisdn);

-- One row per APN-Configuration (TS 29.272 §7.3.35).
CREATE TABLE subscriber_apns (
  imsi                    text NOT NULL REFERENCES subscribers (imsi) ON DELETE CASCADE,
  apn                     text NOT NULL,
  context_id              integer NOT NULL,
  is_default              boolean NOT NULL DEFAULT false,
  pdn_type                text NOT NULL DEFAULT 'ipv4'
                          CHECK (pdn_type IN ('ipv4', 'ipv6', 'ipv4v6', 'ipv4_or_ipv6')),
  qci                     smallint NOT NULL DEFAULT 9 CHECK (qci BETWEEN 1 AND 254),
  arp_priority            smallint NOT NULL DEFAULT 8 CHECK (arp_priority BETWEEN 1 AND 15),
  arp_preemption_capable  boolean NOT NULL DEFAULT false,
  arp_preemption_vulnerable boolean NOT NULL DEFAULT true,
  ambr_ul                 bigint CHECK (ambr_ul >= 0),
  ambr_dl                 bigint CHECK (ambr_dl >= 0),
  PRIMARY KEY (imsi, apn),
  UNIQUE (imsi, context_id)
);
