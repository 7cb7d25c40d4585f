#include "wal_checkpointer.hpp"

#include "log.hpp"

namespace hookwork::runner {

WalCheckpointer::WalCheckpointer(std::unique_ptr<Db> db, Limits limits) : db_(std::move(db)), limits_(limits) {
  thread_ = std::thread([this] { run(); });
}

WalCheckpointer::~WalCheckpointer() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  cv_.notify_one();
  // A pass in progress finishes (it is bounded by the WAL's limit). Not sqlite3_interrupt: the flag
  // would outlive the pass and cut short the checkpoint SQLite runs when the last connection closes.
  thread_.join();
}

void WalCheckpointer::attach(Db& writer) {
  sqlite3_wal_autocheckpoint(writer.raw(), 0);
  sqlite3_wal_hook(writer.raw(), &WalCheckpointer::on_commit, this);
}

// The writer's thread, inside its COMMIT: nothing here may wait for the disk.
int WalCheckpointer::on_commit(void* arg, sqlite3*, const char*, int frames) {
  auto* self = static_cast<WalCheckpointer*>(arg);
  int before = self->wal_frames_.exchange(frames);
  if (frames < before) self->checkpointed_frames_ = 0;  // the WAL started over
  int done = self->checkpointed_frames_;
  int behind = frames >= done ? frames - done : frames;
  if (behind >= self->limits_.background_frames) {
    {
      std::lock_guard<std::mutex> lock(self->mu_);
      self->wanted_ = true;
    }
    self->cv_.notify_one();
  }
  return SQLITE_OK;
}

void WalCheckpointer::between_transactions(Db& writer) noexcept {
  const int frames = wal_frames_;
  if (frames < limits_.writer_frames) return;
  if (checkpoint(writer.raw(), frames >= 2 * limits_.writer_frames) > 0) ++writer_checkpoints_;
}

std::uint64_t WalCheckpointer::checkpoint(sqlite3* db, bool wait) {
  std::unique_lock<std::mutex> lock(pass_mu_, std::defer_lock);
  if (wait) {
    lock.lock();
  } else if (!lock.try_lock()) {
    return 0;
  }
  int log_frames = -1, copied_to = -1;
  int rc = sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, &log_frames, &copied_to);
  // BUSY: another process checkpoints this file now; the next commit asks again.
  if (rc != SQLITE_OK) {
    if (rc != SQLITE_BUSY) {
      try {
        log::warn("wal checkpoint failed", {{"error", sqlite3_errstr(rc)}});
      } catch (...) {
        // out of memory for the log line: the next checkpoint tries again
      }
    }
    return 0;
  }
  if (copied_to < 0) return 0;
  int before = checkpointed_frames_.exchange(copied_to);
  std::uint64_t copied = static_cast<std::uint64_t>(copied_to >= before ? copied_to - before : copied_to);
  frames_checkpointed_ += copied;
  return copied;
}

void WalCheckpointer::run() {
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(mu_);
      cv_.wait(lock, [&] { return stopping_ || wanted_; });
      if (stopping_) return;
      wanted_ = false;
    }
    if (checkpoint(db_->raw()) > 0) ++background_checkpoints_;
  }
}

WalCheckpointer::Stats WalCheckpointer::stats() const {
  return {background_checkpoints_.load(), writer_checkpoints_.load(), frames_checkpointed_.load()};
}

}  // namespace hookwork::runner
