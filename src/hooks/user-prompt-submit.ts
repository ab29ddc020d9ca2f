/** UserPromptSubmit (design.md §7): the session's heartbeat in the registry, one `utimes`. */
import {runHook} from './_run.ts'
import {withRegistry} from './_registry.ts'

void runHook(
  'UserPromptSubmit',
  withRegistry('heartbeat', () => undefined)
)
