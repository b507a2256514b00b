-- The EIR (S13, TS 29.272 §6.2.1): equipment rules and the log of checks.
--
-- A rule names equipment in one of three ways, and gives it an Equipment-Status (TS 29.272 §7.3.51:
-- 0 PERMITTED_LISTED, 1 PROHIBITED_LISTED, 2 TRACKING_LISTED):
--   imei + imsi   the IMEI (its 14 identifying digits, TAC + SNR, TS 23.003 §6.2.1) used with that IMSI
--   imei          the IMEI with any IMSI
--   tac           every IMEI whose first 8 digits (the Type Allocation Code) are these
-- A check takes the first that matches in that order (EirStore.CHECK). At most one rule per key.
CREATE TABLE eir_rules (
  id          bigserial PRIMARY KEY,
  imei        varchar(14) CHECK (imei ~ '^[0-9]{14}$'),
  tac         varchar(8) CHECK (tac ~ '^[0-9]{8}$'),
  imsi        varchar(15) CHECK (imsi ~ '^[0-9]{14,15}$'),
  status      smallint NOT NULL CHECK (status BETWEEN 0 AND 2),
  created_at  timestamptz NOT NULL DEFAULT now(),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK ((imei IS NULL) <> (tac IS NULL)),
  CHECK (imsi IS NULL OR imei IS NOT NULL)
);
CREATE UNIQUE INDEX eir_rules_imei_imsi ON eir_rules (imei, imsi) WHERE imsi IS NOT NULL;
CREATE UNIQUE INDEX eir_rules_imei ON eir_rules (imei) WHERE imei IS NOT NULL AND imsi IS NULL;
CREATE UNIQUE INDEX eir_rules_tac ON eir_rules (tac) WHERE tac IS NOT NULL;

-- Every check (ECR, and ULR when s13.check-ulr-imei is on): who asked, about what, the rule that
-- matched (null: none; not a foreign key, so the log outlives a deleted rule) and the answer.
-- Bounded per IMEI: each insert removes what is older than the newest EirStore.CHECKS_PER_IMEI of
-- that IMEI, in the same statement.
CREATE TABLE eir_checks (
  id                bigserial PRIMARY KEY,
  imei              varchar(14) NOT NULL,
  software_version  varchar(2),
  imsi              varchar(15),
  origin_host       text NOT NULL,
  rule_id           bigint,
  command           varchar(3) NOT NULL CHECK (command IN ('ECR', 'ULR')),
  result            varchar(10) NOT NULL
                    CHECK (result IN ('permitted', 'prohibited', 'tracking', 'unknown')),
  checked_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX eir_checks_imei ON eir_checks (imei, id DESC);
