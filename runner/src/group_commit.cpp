#include "group_commit.hpp"

#include <vector>

namespace hookwork::runner {

GroupCommitter::GroupCommitter(std::unique_ptr<Db> db, std::size_t max_batch, const Clock& clock,
                               CommitObserver observer, BetweenTransactions between)
    : db_(std::move(db)),
      max_batch_(max_batch),
      clock_(clock),
      observer_(std::move(observer)),
      between_(std::move(between)) {
  writer_ = std::thread([this] { run(); });
}

GroupCommitter::~GroupCommitter() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  writer_.join();
}

void GroupCommitter::enqueue(std::shared_ptr<Pending> p) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopping_) throw StoreError("store is shutting down");
    queue_.push_back(std::move(p));
  }
  work_cv_.notify_one();
}

void GroupCommitter::submit_async(Job job, Completion done) {
  auto p = std::make_shared<Pending>();
  p->job = std::move(job);
  p->done_async = std::move(done);
  enqueue(std::move(p));
}

void GroupCommitter::submit(Job job) {
  auto p = std::make_shared<Pending>();
  p->job = std::move(job);
  enqueue(p);
  std::unique_lock<std::mutex> lock(p->mu);
  p->cv.wait(lock, [&] { return p->done; });
  if (p->error) std::rethrow_exception(p->error);
}

void GroupCommitter::run() {
  for (;;) {
    std::vector<std::shared_ptr<Pending>> batch;
    {
      std::unique_lock<std::mutex> lock(mu_);
      work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping and drained
      while (!queue_.empty() && batch.size() < max_batch_) {
        batch.push_back(std::move(queue_.front()));
        queue_.pop_front();
      }
    }
    auto started = clock_.monotonic_ns();
    std::exception_ptr commit_error;
    Db& db = *db_;
    try {
      db.prepare("BEGIN IMMEDIATE").run();
      for (auto& p : batch) {
        db.prepare("SAVEPOINT job").run();
        try {
          p->job(db);
          db.prepare("RELEASE job").run();
        } catch (...) {
          p->error = std::current_exception();
          db.prepare("ROLLBACK TO job").run();
          db.prepare("RELEASE job").run();
        }
      }
      db.prepare("COMMIT").run();
    } catch (...) {
      commit_error = std::current_exception();
      try {
        db.prepare("ROLLBACK").run();
      } catch (...) {
      }
    }
    if (observer_) observer_(static_cast<double>(clock_.monotonic_ns() - started) / 1e9, batch.size());
    for (auto& p : batch) {
      if (p->done_async) {
        p->done_async(commit_error ? commit_error : p->error);
        continue;
      }
      {
        std::lock_guard<std::mutex> lock(p->mu);
        if (commit_error) p->error = commit_error;
        p->done = true;
      }
      p->cv.notify_one();
    }
    if (between_) {
      try {
        between_(db);
      } catch (...) {
        // housekeeping only: the next transaction is what matters
      }
    }
  }
}

}  // namespace hookwork::runner
