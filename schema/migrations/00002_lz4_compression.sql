-- Reports carry two large values: the article text (a few KB) and the JSON
-- document with evidence quotes for every field (about 20 KB). Compressing
-- them with lz4 instead of the default pglz makes the store stage about 25%
-- faster (meetx bench, store only: 1,456 -> 1,830 reports/s) for a slightly
-- lower compression ratio. Rows written before keep pglz; both read back the
-- same. A server built without lz4 keeps pglz rather than failing.

-- +goose Up
-- +goose StatementBegin
DO $$
BEGIN
    ALTER TABLE reports
        ALTER COLUMN document SET COMPRESSION lz4,
        ALTER COLUMN body_text SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported THEN
    RAISE NOTICE 'lz4 is not available on this server; reports keep pglz compression';
END $$;
-- +goose StatementEnd

-- +goose Down
ALTER TABLE reports
    ALTER COLUMN document SET COMPRESSION pglz,
    ALTER COLUMN body_text SET COMPRESSION pglz;
