-- The authentication history of each subscriber (docs/sqn.md "Auth history"): every accepted resync
-- with SQN_HE before and after, and every AUTS refused for a bad MAC-S, with the interface and the
-- peer that asked. No key material, no RAND or AUTS. Bounded per subscriber by count and age
-- (auth-history.* settings); newest first by the time the HSS decided (at), which the writes of
-- several event loops may not insert in order.
CREATE TABLE auth_events (
  id          bigserial PRIMARY KEY,
  imsi        text NOT NULL REFERENCES subscribers (imsi) ON DELETE CASCADE,
  at          timestamptz NOT NULL DEFAULT now(),
  kind        text NOT NULL CHECK (kind IN ('resync', 'resync_refused')),
  interface   text NOT NULL CHECK (interface IN ('s6a', 'cx', 'swx')),
  peer        text,
  sqn_before  bigint NOT NULL,
  sqn_after   bigint NOT NULL
);
CREATE INDEX auth_events_by_subscriber ON auth_events (imsi, at DESC, id DESC);
