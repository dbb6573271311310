package natsbus

import (
	"errors"
	"fmt"
	"time"

	"github.com/nats-io/nats-server/v2/server"
)

// ServerConfig configures an embedded NATS server.
type ServerConfig struct {
	// DataDir holds the JetStream file storage; it survives restarts.
	DataDir string
	// Host and Port to listen on; Port -1 picks a free port, 0 the default 4222.
	Host string
	Port int
}

// errNotReady is returned when the embedded server does not start in time.
var errNotReady = errors.New("natsbus: embedded NATS server not ready")

// StartServer starts an in-process NATS server with JetStream file storage
// under cfg.DataDir, for "meetx run" on a single machine and for tests. Stop
// it with Shutdown and WaitForShutdown.
func StartServer(cfg ServerConfig) (*server.Server, error) {
	if cfg.Host == "" {
		cfg.Host = "127.0.0.1"
	}
	opts := &server.Options{
		ServerName: "meetx-embedded",
		Host:       cfg.Host,
		Port:       cfg.Port,
		JetStream:  true,
		StoreDir:   cfg.DataDir,
		NoSigs:     true,
		NoLog:      true,
	}
	s, err := server.NewServer(opts)
	if err != nil {
		return nil, fmt.Errorf("embedded NATS: %w", err)
	}
	go s.Start()
	if !s.ReadyForConnections(10 * time.Second) {
		s.Shutdown()
		return nil, errNotReady
	}
	return s, nil
}
