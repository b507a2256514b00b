-- Prefix search of the operator console (GET /api/v1/subscribers?imsiPrefix=...): byte-wise
-- ordered indexes, so that "starts with" is an index range (~>=~ and ~<~) whatever the database's
-- collation; the primary key and subscribers_msisdn follow the collation and cannot serve it.
CREATE INDEX subscribers_imsi_prefix ON subscribers (imsi text_pattern_ops);
CREATE INDEX subscribers_msisdn_prefix ON subscribers (msisdn text_pattern_ops);
CREATE INDEX ims_public_identities_impu_prefix ON ims_public_identities (impu text_pattern_ops);
