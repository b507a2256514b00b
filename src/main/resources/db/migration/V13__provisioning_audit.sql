-- The audit log of provisioning (docs/api.md "Audit log"): one row per state-changing API call that
-- succeeded, and one per bulk import (with its counts), never one per imported line. Who (client
-- address and the name of the API token, null without tokens), when, what (action), on what (subject:
-- an IMSI, an EIR rule id, an AS host) and the NAMES of the fields the request set. No value is kept
-- for any field: no K, OP or OPc, and nothing from which they could be read. detail holds counts or
-- SQN_HE before and after a lowering (sqn-override), never key material. Not tied to subscribers by a
-- foreign key: the row of a delete outlives the subscriber. Bounded by age and count (http.audit.*),
-- pruned by a periodic task; newest first by id.
CREATE TABLE provisioning_audit (
  id          bigserial PRIMARY KEY,
  at          timestamptz NOT NULL DEFAULT now(),
  client      text NOT NULL,
  token_name  text,
  action      text NOT NULL,
  subject     text,
  fields      text[] NOT NULL DEFAULT '{}',
  detail      jsonb
);
CREATE INDEX provisioning_audit_by_subject ON provisioning_audit (subject, id DESC);
CREATE INDEX provisioning_audit_by_time ON provisioning_audit (at);
