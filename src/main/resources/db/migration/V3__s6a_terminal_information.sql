-- What S6a learns about the UE from its serving MME: Terminal-Information (TS 29.272 §7.3.3) sent in
-- Update-Location and Notify (§5.2.1.1, §5.2.5.1).
ALTER TABLE subscribers
  ADD COLUMN imei                text,
  ADD COLUMN software_version    text;
