/**
 * Runs jobs one at a time in arrival order, each in its own turn of the event loop.
 *
 * Why: PGlite is one connection running synchronously inside WebAssembly on the main thread, and
 * it passes itself from one waiting query to the next in microtasks, so under load the event loop
 * got no turn until every queued query was done. Node accepts one new connection per turn of the
 * loop, so at 200 connections new connections sat unaccepted for seconds (a 19.7 s maximum on a
 * simple list). One query per turn lets the loop accept and read between queries; a query on an
 * idle queue still starts at once.
 */
export class TurnQueue {
  private readonly jobs: Array<() => Promise<void>> = [];
  private isRunning = false;

  /** Runs `job` after every job queued before it; resolves or rejects as the job does. */
  run<T>(job: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.jobs.push(async () => {
        try {
          resolve(await job());
        } catch (e) {
          reject(e);
        }
      });
      if (!this.isRunning) {
        this.isRunning = true;
        this.next();
      }
    });
  }

  private next(): void {
    const job = this.jobs.shift();
    if (!job) {
      this.isRunning = false;
      return;
    }
    void job().finally(() => setImmediate(() => this.next()));
  }
}
