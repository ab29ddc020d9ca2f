import {autosaveHook} from './_autosave.ts'

void autosaveHook('PreCompact')
