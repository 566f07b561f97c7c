import { TaskStatus, type Task } from '@lit/task'
import type { ReactiveControllerHost } from 'lit'

/** Aborts a pending fetch when the element leaves the page, and runs it again if the element comes back. */
export function abortWhenDisconnected(host: ReactiveControllerHost, task: Pick<Task, 'status' | 'abort' | 'run'>): void {
  let interrupted = false
  host.addController({
    hostDisconnected() {
      if (task.status !== TaskStatus.PENDING) return
      interrupted = true
      task.abort()
    },
    hostConnected() {
      if (!interrupted) return
      interrupted = false
      void task.run()
    },
  })
}
