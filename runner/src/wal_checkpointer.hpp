#pragma once
// WAL checkpoints off the commit path.
//
// SQLite's default auto-checkpoint runs inside the COMMIT that takes the WAL past
// 1000 frames: the writer copies pages back into the database file and fsyncs it
// while the publishers of that commit, and of every commit queued behind it, wait.
// Here the writer connection's auto-checkpoint is off. Its WAL hook, which SQLite
// calls after each commit with the WAL's frame count, only wakes a thread of the
// checkpointer's own, which runs PASSIVE checkpoints on a connection of its own
// while the writer goes on committing (a checkpoint takes no lock a writer needs).
//
// PASSIVE never waits for the writer, so under a steady stream of commits it is
// always a little behind, and SQLite starts the WAL over from its beginning only
// when every frame was copied back before a write transaction begins: the file
// would grow without bound. Past a second, larger limit the writer therefore
// checkpoints itself, between two transactions (after the callers of the last one
// were answered). There it is the only writer, so the checkpoint copies the few
// frames the background passes left and the next transaction restarts the WAL.
// While a background pass is running the writer does not wait for it (it would
// hold every publisher of the next commit behind a pass of thousands of frames):
// it tries again after its next transaction, and waits only once the WAL is past
// twice the limit. The WAL stays below about twice that limit plus one
// transaction's frames.
//
// The limits are in frames (one page each, 4 KiB by default); docs/configuration.md
// lists them under "SQLite store".
#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <thread>

#include "sqlite_db.hpp"

namespace hookwork::runner {

// Frames written since the last checkpoint that wake the background pass: SQLite's own default.
inline constexpr int kWalCheckpointFrames = 1000;
// Frames in the WAL past which the writer checkpoints itself between transactions (~40 MiB at 4 KiB pages).
inline constexpr int kWalWriterCheckpointFrames = 10000;

class WalCheckpointer {
 public:
  struct Limits {
    int background_frames = kWalCheckpointFrames;
    int writer_frames = kWalWriterCheckpointFrames;
  };
  struct Stats {
    std::uint64_t background_checkpoints = 0;  // passes that copied at least one frame
    std::uint64_t writer_checkpoints = 0;      // checkpoints the writer ran past writer_frames
    std::uint64_t frames_checkpointed = 0;     // by both, counted at the end of each pass
  };

  // `db` is the checkpointer's own connection to the store's file, already in WAL mode.
  WalCheckpointer(std::unique_ptr<Db> db, Limits limits);
  ~WalCheckpointer();  // lets a pass in progress finish, joins the thread
  WalCheckpointer(const WalCheckpointer&) = delete;
  WalCheckpointer& operator=(const WalCheckpointer&) = delete;

  // Turns the writer connection's auto-checkpoint off and installs the hook. The writer must
  // be closed before the checkpointer is destroyed.
  void attach(Db& writer);
  // On the writer thread, between two transactions: checkpoints there when the WAL is past
  // writer_frames. Never throws.
  void between_transactions(Db& writer) noexcept;

  Stats stats() const;

 private:
  static int on_commit(void* self, sqlite3* db, const char* schema, int frames);
  void run();
  // One checkpoint on `db` under pass_mu_; returns the frames it copied (0 when busy or failed).
  // Without `wait`, it returns 0 at once while another pass holds pass_mu_.
  std::uint64_t checkpoint(sqlite3* db, bool wait = true);

  std::unique_ptr<Db> db_;
  const Limits limits_;
  // Written by the writer's hook, read by both threads.
  std::atomic<int> wal_frames_{0};
  // The WAL's frame count at which the last checkpoint had copied everything it could.
  std::atomic<int> checkpointed_frames_{0};
  std::mutex pass_mu_;  // one checkpoint at a time in this process: SQLite answers a second one BUSY
  std::mutex mu_;
  std::condition_variable cv_;
  bool wanted_ = false;    // guarded by mu_
  bool stopping_ = false;  // guarded by mu_
  std::atomic<std::uint64_t> background_checkpoints_{0}, writer_checkpoints_{0}, frames_checkpointed_{0};
  std::thread thread_;
};

}  // namespace hookwork::runner
