package pgstore

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"

	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jackc/pgx/v5/stdlib"
	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"github.com/meetx/meetx/schema"
)

// ErrUnreachable is returned by [Open] when no Postgres server answers at the
// configured URL.
var ErrUnreachable = errors.New("pgstore: database unreachable")

// Config configures a [Store].
type Config struct {
	// URL is a libpq connection string or postgres:// URL.
	URL string
	// MaxConns caps the pool (0: pgx's default, max(4, CPUs)).
	MaxConns int32
	// Logger receives migration and write logs; nil discards them.
	Logger *slog.Logger
}

// Store is a Postgres-backed pipeline.Sink. It is safe for concurrent use.
type Store struct {
	pool *pgxpool.Pool
	log  *slog.Logger
}

// Open connects to the database of cfg.URL and checks that it answers.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URL == "" {
		return nil, fmt.Errorf("%w: no database URL given", ErrUnreachable)
	}
	pc, err := pgxpool.ParseConfig(cfg.URL)
	if err != nil {
		return nil, fmt.Errorf("parse database URL: %w", err)
	}
	if cfg.MaxConns > 0 {
		pc.MaxConns = cfg.MaxConns
	}
	pool, err := pgxpool.NewWithConfig(ctx, pc)
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnreachable, err)
	}
	if err := pool.Ping(ctx); err != nil {
		pool.Close()
		return nil, fmt.Errorf("%w: %s:%d: %w", ErrUnreachable, pc.ConnConfig.Host, pc.ConnConfig.Port, err)
	}
	log := cfg.Logger
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	return &Store{pool: pool, log: log}, nil
}

// Pool returns the underlying pool, for queries the Store does not offer.
func (s *Store) Pool() *pgxpool.Pool { return s.pool }

// Close closes the pool.
func (s *Store) Close() { s.pool.Close() }

// Migrate applies the pending migrations of schema.Migrations. It takes a
// Postgres advisory lock, so several workers starting at once apply each
// migration once. It returns the versions applied.
func (s *Store) Migrate(ctx context.Context) ([]int64, error) {
	fsys, err := fs.Sub(schema.Migrations, "migrations")
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return nil, fmt.Errorf("migration lock: %w", err)
	}
	db := stdlib.OpenDBFromPool(s.pool)
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys, goose.WithSessionLocker(locker))
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	results, err := p.Up(ctx)
	if err != nil {
		return nil, fmt.Errorf("apply migrations: %w", err)
	}
	applied := make([]int64, 0, len(results))
	for _, r := range results {
		applied = append(applied, r.Source.Version)
		s.log.Info("migration applied", "version", r.Source.Version, "file", r.Source.Path, "duration", r.Duration)
	}
	return applied, nil
}

// SchemaVersion returns the version of the newest applied migration.
func (s *Store) SchemaVersion(ctx context.Context) (int64, error) {
	fsys, err := fs.Sub(schema.Migrations, "migrations")
	if err != nil {
		return 0, fmt.Errorf("migrations: %w", err)
	}
	db := stdlib.OpenDBFromPool(s.pool)
	defer db.Close()
	p, err := goose.NewProvider(goose.DialectPostgres, db, fsys)
	if err != nil {
		return 0, fmt.Errorf("migrations: %w", err)
	}
	v, err := p.GetDBVersion(ctx)
	if err != nil {
		return 0, fmt.Errorf("schema version: %w", err)
	}
	return v, nil
}

// DisplayURL checks a connection string and returns it with any password
// hidden, for messages.
func DisplayURL(url string) (string, error) {
	pc, err := pgxpool.ParseConfig(url)
	if err != nil {
		return "", fmt.Errorf("parse database URL: %w", err)
	}
	c := pc.ConnConfig
	return fmt.Sprintf("postgres://%s@%s:%d/%s", c.User, c.Host, c.Port, c.Database), nil
}
