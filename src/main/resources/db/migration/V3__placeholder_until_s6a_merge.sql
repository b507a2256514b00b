-- Placeholder so that V4 applies on the cx branch; the S6a branch owns V3 and replaces this file at merge.
SELECT 1;
