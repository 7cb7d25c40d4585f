#pragma once
// Group commit: one writer thread owns the write connection and runs every
// queued write job of a round inside one transaction, so many concurrent
// publishes share one fsync. A caller's submit() returns only after the
// transaction holding its job has committed (or rethrows the job's error);
// submit_async() returns at once and calls its completion on the writer thread
// after that commit, so an event-loop server never blocks a thread on a commit.
// Each job runs in its own SAVEPOINT: one failing job never undoes another.
// BEGIN, SAVEPOINT, RELEASE and COMMIT are the connection's cached statements
// (Db::prepare), compiled once. Work that must not delay a commit's callers but
// needs the writer's connection between transactions (the WAL checkpointer's
// bound) runs in the between-transactions callback, after those callers were
// answered and before the next batch begins.
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

#include "clock.hpp"
#include "sqlite_db.hpp"

namespace hookwork::runner {

class GroupCommitter {
 public:
  using Job = std::function<void(Db&)>;
  using CommitObserver = std::function<void(double seconds, std::size_t jobs)>;
  using BetweenTransactions = std::function<void(Db&)>;  // on the writer thread; its errors are dropped
  // On the writer thread once the job's transaction ended: null when it committed, else the
  // job's or the commit's error. It must be quick and must not throw (hand work off instead).
  using Completion = std::function<void(std::exception_ptr)>;

  GroupCommitter(std::unique_ptr<Db> db, std::size_t max_batch, const Clock& clock, CommitObserver observer,
                 BetweenTransactions between = nullptr);
  ~GroupCommitter();  // finishes every queued job, then stops

  void submit(Job job);
  // Throws StoreError at once when the committer is stopping; otherwise `done` is called exactly once.
  void submit_async(Job job, Completion done);

 private:
  // One per submit. Its caller waits on its own condition variable, so a commit wakes
  // exactly the callers whose jobs it carried (not every waiting caller).
  struct Pending {
    Job job;
    Completion done_async;  // set: nobody waits on cv, this is called instead
    std::exception_ptr error;
    std::mutex mu;
    std::condition_variable cv;
    bool done = false;  // guarded by mu
  };
  void enqueue(std::shared_ptr<Pending> p);
  void run();

  std::unique_ptr<Db> db_;
  std::size_t max_batch_;
  const Clock& clock_;
  CommitObserver observer_;
  BetweenTransactions between_;
  std::mutex mu_;
  std::condition_variable work_cv_;
  std::deque<std::shared_ptr<Pending>> queue_;
  bool stopping_ = false;
  std::thread writer_;
};

}  // namespace hookwork::runner
