-- HSS-initiated requests across replicas (docs/scale-out.md). Several HSS processes share this
-- database; a Diameter peer is connected to one of them. Each process (replica) announces itself and
-- the peers it holds open, and hands a request for a peer it does not hold to the replica that does.

-- Each replica's last heartbeat: rows older than a few heartbeat intervals belong to a replica that
-- went away (killed, partitioned from the database) and are ignored, then removed.
CREATE TABLE replicas (
  replica_id text PRIMARY KEY,
  seen_at timestamptz NOT NULL
);

-- The peers (Origin-Host, lower-cased: RFC 6733 §4.3.1) each replica holds an open connection to.
CREATE TABLE replica_peers (
  peer_key text NOT NULL,
  replica_id text NOT NULL REFERENCES replicas ON DELETE CASCADE,
  PRIMARY KEY (peer_key, replica_id)
);
CREATE INDEX replica_peers_by_replica ON replica_peers (replica_id);

-- One request handed to another replica, and its answer. NOTIFY carries only the id (its payload is
-- limited to 8000 bytes, less than a large IDR); the bytes stay here, binary. The sender deletes the
-- row when it takes the answer or gives up; rows left by a replica that died are removed once expired.
CREATE TABLE relayed_requests (
  id uuid PRIMARY KEY,
  sender text NOT NULL,
  holder text NOT NULL,
  peer_host text NOT NULL,
  request bytea NOT NULL,
  expires_at timestamptz NOT NULL,
  claimed boolean NOT NULL DEFAULT false,
  outcome text,
  answer bytea
);
CREATE INDEX relayed_requests_unclaimed ON relayed_requests (holder) WHERE NOT claimed;
