import {autosaveHook} from './_autosave.ts'

await autosaveHook('PreCompact')
